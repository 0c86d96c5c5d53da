//! The curators' chart: the last days' questions as a small PNG (questions
//! a day, answered and declined, with the 👍/👎 of each day), drawn with
//! plotters into memory and encoded with `png`. No I/O and no system font:
//! the font (DejaVu Sans, `data/fonts/`, with its licence) is compiled in.

use std::sync::OnceLock;

use plotters::prelude::*;
use plotters::style::{FontStyle, register_font};

/// The chart's size in pixels.
pub const WIDTH: u32 = 800;
pub const HEIGHT: u32 = 400;
/// How many days the chart shows.
pub const DAYS: usize = 14;

const FONT: &[u8] = include_bytes!("../data/fonts/DejaVuSans.ttf");
const ANSWERED: RGBColor = RGBColor(0x34, 0x98, 0xDB);
const DECLINED: RGBColor = RGBColor(0xB0, 0xB7, 0xBB);
const UP: RGBColor = RGBColor(0x2E, 0xCC, 0x71);
const DOWN: RGBColor = RGBColor(0xE7, 0x4C, 0x3C);

/// One day's figures, as the store counts them.
pub use crate::store::Daily as Day;

/// The chart could not be drawn or encoded.
#[derive(Debug, thiserror::Error)]
#[error("drawing the chart: {0}")]
pub struct ChartError(String);

/// The chart of `days` (oldest first, at most [`DAYS`] are drawn, the last
/// ones) as a PNG of [`WIDTH`] × [`HEIGHT`].
pub fn png(days: &[Day]) -> Result<Vec<u8>, ChartError> {
    let days = &days[days.len().saturating_sub(DAYS)..];
    let pixels = draw(days)?;
    encode(&pixels)
}

/// The figures of the [`DAYS`] days up to `today`, one a day (days without
/// questions or votes at zero), from counts by day in any order.
pub fn last_days(today: i64, counts: &[Day]) -> Vec<Day> {
    let first = today - DAYS as i64 + 1;
    (first..=today)
        .map(|day| {
            let mut sum = Day { day, ..Day::default() };
            for c in counts.iter().filter(|c| c.day == day) {
                sum.questions += c.questions;
                sum.answered += c.answered;
                sum.up += c.up;
                sum.down += c.down;
            }
            sum
        })
        .collect()
}

fn font() -> Result<(), ChartError> {
    static REGISTERED: OnceLock<Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            register_font("sans-serif", FontStyle::Normal, FONT).map_err(|_| "the font".to_owned())
        })
        .clone()
        .map_err(ChartError)
}

/// A day as a label: month and day, from days since the epoch (the civil
/// calendar, as in Howard Hinnant's `civil_from_days`).
fn label(day: i64) -> String {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{m}/{d}")
}

fn draw(days: &[Day]) -> Result<Vec<u8>, ChartError> {
    font()?;
    let fail = |err: &dyn std::fmt::Display| ChartError(err.to_string());
    let mut pixels = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| fail(&e))?;
        let (asked, answered): (i64, i64) =
            days.iter().fold((0, 0), |(q, a), d| (q + d.questions, a + d.answered));
        let (up, down): (i64, i64) = days.iter().fold((0, 0), |(u, w), d| (u + d.up, w + d.down));
        let share = if asked > 0 { 100 * answered / asked } else { 0 };
        let title = format!(
            "Last {} days: {asked} questions, {share}% answered, {up} up and {down} down votes",
            days.len()
        );
        let top = days.iter().map(|d| d.questions.max(d.up).max(d.down)).max().unwrap_or(0);
        let top = (top + top / 5 + 1) as f64;
        let n = days.len().max(1) as f64;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 18))
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(40)
            .build_cartesian_2d(-0.5..n - 0.5, 0.0..top)
            .map_err(|e| fail(&e))?;
        let first = days.first().map_or(0, |d| d.day);
        let day_label = |x: &f64| {
            let i = x.round();
            if (x - i).abs() < 1e-6 && i >= 0.0 { label(first + i as i64) } else { String::new() }
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(days.len())
            .x_label_formatter(&day_label)
            .y_labels(6)
            .y_label_formatter(&|y| format!("{}", y.round() as i64))
            .label_style(("sans-serif", 12))
            .draw()
            .map_err(|e| fail(&e))?;
        let bar = |i: usize, from: i64, to: i64, colour: RGBColor| {
            let x = i as f64;
            Rectangle::new([(x - 0.35, from as f64), (x + 0.35, to as f64)], colour.filled())
        };
        chart
            .draw_series(days.iter().enumerate().map(|(i, d)| bar(i, 0, d.answered, ANSWERED)))
            .map_err(|e| fail(&e))?
            .label("answered")
            .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], ANSWERED.filled()));
        chart
            .draw_series(
                days.iter().enumerate().map(|(i, d)| bar(i, d.answered, d.questions, DECLINED)),
            )
            .map_err(|e| fail(&e))?
            .label("declined")
            .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], DECLINED.filled()));
        for (name, colour, votes) in [("up votes", UP, 0), ("down votes", DOWN, 1)] {
            let points = days.iter().enumerate().map(|(i, d)| {
                let count = if votes == 0 { d.up } else { d.down };
                (i as f64, count as f64)
            });
            chart
                .draw_series(LineSeries::new(points, colour.stroke_width(2)))
                .map_err(|e| fail(&e))?
                .label(name)
                .legend(move |(x, y)| {
                    PathElement::new([(x, y), (x + 12, y)], colour.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK.mix(0.3))
            .label_font(("sans-serif", 12))
            .draw()
            .map_err(|e| fail(&e))?;
        root.present().map_err(|e| fail(&e))?;
    }
    Ok(pixels)
}

fn encode(rgb: &[u8]) -> Result<Vec<u8>, ChartError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let fail = |err: png::EncodingError| ChartError(err.to_string());
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_image_data(rgb).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_is_a_png_of_the_expected_size() {
        let counts = [
            Day { day: 20_000, questions: 12, answered: 9, up: 3, down: 1 },
            Day { day: 20_005, questions: 4, answered: 4, up: 0, down: 2 },
        ];
        let days = last_days(20_005, &counts);
        assert_eq!(days.len(), DAYS);
        assert_eq!(days.iter().map(|d| d.questions).sum::<i64>(), 16);
        let png = png(&days).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(&png));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        assert_eq!((info.width, info.height), (WIDTH, HEIGHT));
        // Something was drawn: the bars' colour is among the pixels.
        let answered = buffer.chunks(3).any(|p| p == [ANSWERED.0, ANSWERED.1, ANSWERED.2]);
        assert!(answered, "the answered bars are drawn");
    }

    #[test]
    fn days_are_labelled_by_the_civil_calendar() {
        assert_eq!(label(0), "1/1");
        assert_eq!(label(20_423), "12/1"); // 2025-12-01
        assert_eq!(label(19_782), "2/29"); // 2024-02-29
    }

    #[test]
    fn days_outside_the_window_are_left_out() {
        let counts = [Day { day: 1, questions: 5, ..Day::default() }];
        let days = last_days(100, &counts);
        assert!(days.iter().all(|d| d.questions == 0));
        assert_eq!(days.last().unwrap().day, 100);
    }
}

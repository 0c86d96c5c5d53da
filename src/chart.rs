//! The curators' chart: the last days' questions as a small PNG (questions
//! a day, answered and declined, with the 👍/👎 of each day), drawn with
//! plotters into memory and encoded with `png`. No I/O and no system font:
//! the font (DejaVu Sans, `data/fonts/`, with its licence) is compiled in.
//! Its labels are in the curator's language where the font can draw it
//! (Latin, Greek and Cyrillic scripts), in English otherwise.

use std::sync::OnceLock;

use crate::locale::Lang;
use crate::tr;

use ab_glyph::{Font, FontRef};
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
/// ones) as a PNG of [`WIDTH`] × [`HEIGHT`], labelled in `lang`.
pub fn png(days: &[Day], lang: Lang) -> Result<Vec<u8>, ChartError> {
    let days = &days[days.len().saturating_sub(DAYS)..];
    let labels = Labels::of(days, lang);
    let labels = if labels.drawable() { labels } else { Labels::of(days, Lang::ENGLISH) };
    let pixels = draw(days, &labels)?;
    encode(&pixels)
}

/// The words on a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Labels {
    title: String,
    answered: String,
    declined: String,
    up: String,
    down: String,
    /// The days along the bottom, oldest first.
    dates: Vec<String>,
}

impl Labels {
    fn of(days: &[Day], lang: Lang) -> Labels {
        let (asked, answered): (i64, i64) =
            days.iter().fold((0, 0), |(q, a), d| (q + d.questions, a + d.answered));
        let (up, down): (i64, i64) = days.iter().fold((0, 0), |(u, w), d| (u + d.up, w + d.down));
        let percent = if asked > 0 { 100 * answered / asked } else { 0 };
        let title = tr!(
            lang,
            "chart-title",
            days = days.len(),
            questions = asked,
            percent = percent,
            up = up,
            down = down
        );
        let dates = (days.iter())
            .map(|d| {
                let (month, day) = month_day(d.day);
                tr!(lang, "chart-date", month = month, day = day)
            })
            .collect();
        Labels {
            title,
            answered: tr!(lang, "chart-answered"),
            declined: tr!(lang, "chart-declined"),
            up: tr!(lang, "chart-up"),
            down: tr!(lang, "chart-down"),
            dates,
        }
    }

    /// Whether the bundled font has a glyph for every character: a missing
    /// one would be drawn as an empty box.
    fn drawable(&self) -> bool {
        let Ok(font) = FontRef::try_from_slice(FONT) else { return false };
        let words = [&self.title, &self.answered, &self.declined, &self.up, &self.down];
        (words.into_iter().chain(&self.dates))
            .flat_map(|w| w.chars())
            .all(|c| c.is_whitespace() || font.glyph_id(c).0 != 0)
    }
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

/// Month and day, from days since the epoch (the civil calendar, as in
/// Howard Hinnant's `civil_from_days`).
fn month_day(day: i64) -> (i64, i64) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (m, d)
}

fn draw(days: &[Day], labels: &Labels) -> Result<Vec<u8>, ChartError> {
    font()?;
    let fail = |err: &dyn std::fmt::Display| ChartError(err.to_string());
    let mut pixels = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| fail(&e))?;
        let top = days.iter().map(|d| d.questions.max(d.up).max(d.down)).max().unwrap_or(0);
        let top = (top + top / 5 + 1) as f64;
        let n = days.len().max(1) as f64;
        let mut chart = ChartBuilder::on(&root)
            .caption(&labels.title, ("sans-serif", 18))
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(40)
            .build_cartesian_2d(-0.5..n - 0.5, 0.0..top)
            .map_err(|e| fail(&e))?;
        let day_label = |x: &f64| {
            let i = x.round();
            let date = labels.dates.get(i as usize).filter(|_| (x - i).abs() < 1e-6 && i >= 0.0);
            date.cloned().unwrap_or_default()
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
            .label(&labels.answered)
            .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], ANSWERED.filled()));
        chart
            .draw_series(
                days.iter().enumerate().map(|(i, d)| bar(i, d.answered, d.questions, DECLINED)),
            )
            .map_err(|e| fail(&e))?
            .label(&labels.declined)
            .legend(|(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], DECLINED.filled()));
        for (name, colour, votes) in [(&labels.up, UP, 0), (&labels.down, DOWN, 1)] {
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
        let png = png(&days, Lang::ENGLISH).unwrap();
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
        assert_eq!(month_day(0), (1, 1));
        assert_eq!(month_day(20_423), (12, 1)); // 2025-12-01
        assert_eq!(month_day(19_782), (2, 29)); // 2024-02-29
    }

    /// The labels are in the curator's language where the font draws it,
    /// dates in its order; Japanese, which DejaVu Sans cannot draw, falls
    /// back to English rather than to empty boxes.
    #[test]
    fn the_labels_speak_the_curators_language_where_the_font_can() {
        let days = [Day { day: 20_423, questions: 4, answered: 3, up: 1, down: 0 }];
        let english = Labels::of(&days, Lang::ENGLISH);
        assert_eq!(english.dates, ["12/1"]);
        assert_eq!(english.title, "Last 1 days: 4 questions, 75% answered, 1 up and 0 down votes");
        let german = Labels::of(&days, Lang::from_discord("de"));
        assert_eq!(german.dates, ["1.12."]);
        assert!(german.drawable() && german.title != english.title, "{german:?}");
        let japanese = Labels::of(&days, Lang::from_discord("ja"));
        assert!(!japanese.drawable(), "{japanese:?}");
        for lang in Lang::all() {
            let labels = Labels::of(&days, lang);
            // Every language but Japanese is drawn in its own words.
            assert_eq!(labels.drawable(), lang.code() != "ja", "{lang:?}");
            assert!(png(&days, lang).unwrap().starts_with(b"\x89PNG"));
        }
    }

    #[test]
    fn days_outside_the_window_are_left_out() {
        let counts = [Day { day: 1, questions: 5, ..Day::default() }];
        let days = last_days(100, &counts);
        assert!(days.iter().all(|d| d.questions == 0));
        assert_eq!(days.last().unwrap().day, 100);
    }
}

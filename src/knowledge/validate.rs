//! Turning the raw shapes into the knowledge, checking each value on the
//! way: every problem is recorded rather than the first one returned, so a
//! curator sees all of a file's mistakes in one run.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;

use super::locate::LineIndex;
use super::raw::{
    RawCell, RawComparison, RawEntry, RawKind, RawPath, RawPerson, RawPhrasing, RawRoute,
    RawSource, RawSurvey, RawSynonym, Text,
};
use super::{
    Attribution, Cell, Comparison, Entry, Kind, Knowledge, LearningPath, MAX_ANSWER_CHARS,
    MAX_ID_CHARS, MAX_QUESTION_CHARS, MIN_QUESTIONS, Person, Problem, ProblemKind, Route, Source,
    Survey, Synonym,
};

#[derive(Default)]
pub(super) struct Validator {
    pub(super) files: Vec<(String, String)>,
    pub(super) lines: Vec<LineIndex>,
    pub(super) problems: Vec<Problem>,
    pub(super) knowledge: Knowledge,
    /// "what id" → where it was first defined, for duplicate reports.
    seen: HashMap<(&'static str, String), String>,
    /// Person and survey ids → their index, for attributions.
    people: HashMap<String, usize>,
    surveys: HashMap<String, usize>,
    /// Extra phrasings, by entry id, added once every entry exists.
    pub(super) phrasings: Vec<(String, Vec<String>)>,
}

impl Validator {
    pub(super) fn report(
        &mut self,
        file: usize,
        span: Range<usize>,
        entry: Option<&str>,
        kind: ProblemKind,
    ) {
        let (name, text) = &self.files[file];
        let (line, column) = self.lines[file].locate(text, span.start);
        let entry = entry.map(str::to_owned);
        self.problems.push(Problem { file: name.clone(), line, column, entry, kind });
    }

    /// A required text field: reports it when blank, returns it trimmed.
    fn text(
        &mut self,
        file: usize,
        entry: Option<&str>,
        field: &'static str,
        value: &Text,
    ) -> String {
        let trimmed = value.get_ref().trim();
        if trimmed.is_empty() {
            self.report(file, value.span(), entry, ProblemKind::Empty { field });
        }
        trimmed.to_owned()
    }

    fn optional(
        &mut self,
        file: usize,
        entry: Option<&str>,
        field: &'static str,
        value: &Option<Text>,
    ) -> Option<String> {
        value.as_ref().map(|v| self.text(file, entry, field, v))
    }

    /// Checks an id's shape and uniqueness among ids of the same kind.
    fn id(&mut self, file: usize, what: &'static str, id: &Text) -> String {
        let value = id.get_ref().clone();
        let well_formed = !value.is_empty()
            && value.len() <= MAX_ID_CHARS
            && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            self.report(file, id.span(), Some(&value), ProblemKind::BadId { id: value.clone() });
        }
        let (name, text) = &self.files[file];
        let (line, column) = self.lines[file].locate(text, id.span().start);
        let here = format!("{name}:{line}:{column}");
        if let Some(first) = self.seen.get(&(what, value.clone())).cloned() {
            let kind = ProblemKind::DuplicateId { what, id: value.clone(), first };
            self.report(file, id.span(), Some(&value), kind);
        } else {
            self.seen.insert((what, value.clone()), here);
        }
        value
    }

    pub(super) fn source(&mut self, file: usize, raw: &Spanned<RawSource>) -> usize {
        let r = raw.get_ref();
        let id = self.id(file, "source", &r.id);
        let source = Source {
            title: self.text(file, None, "title", &r.title),
            publisher: self.text(file, None, "publisher", &r.publisher),
            publisher_site: self.optional(file, None, "publisher_site", &r.publisher_site),
            summary: self.optional(file, None, "summary", &r.summary),
            note: self.optional(file, None, "note", &r.note),
            file: self.files[file].0.clone(),
            id,
        };
        self.knowledge.sources.push(source);
        self.knowledge.sources.len() - 1
    }

    pub(super) fn person(&mut self, file: usize, source: usize, raw: &Spanned<RawPerson>) {
        let r = raw.get_ref();
        let id = self.id(file, "person", &r.id);
        let at = Some(id.as_str());
        let person = Person {
            name: self.text(file, at, "name", &r.name),
            title: self.optional(file, at, "title", &r.title),
            organisation: self.optional(file, at, "organisation", &r.organisation),
            role: self.optional(file, at, "role", &r.role),
            about: self.text(file, at, "about", &r.about),
            source,
            id: id.clone(),
        };
        if person.title.is_none() && person.organisation.is_none() && person.role.is_none() {
            self.report(file, raw.span(), at, ProblemKind::UnidentifiedPerson);
        }
        self.people.entry(id).or_insert(self.knowledge.people.len());
        self.knowledge.people.push(person);
    }

    pub(super) fn survey(&mut self, file: usize, source: usize, raw: &Spanned<RawSurvey>) {
        let r = raw.get_ref();
        let id = self.id(file, "survey", &r.id);
        let at = Some(id.as_str());
        let survey = Survey {
            name: self.text(file, at, "name", &r.name),
            run_by: self.text(file, at, "run_by", &r.run_by),
            respondents: r.respondents,
            population: self.text(file, at, "population", &r.population),
            source,
            id: id.clone(),
        };
        self.surveys.entry(id).or_insert(self.knowledge.surveys.len());
        self.knowledge.surveys.push(survey);
    }

    pub(super) fn synonym(&mut self, file: usize, raw: &Spanned<RawSynonym>) {
        let r = raw.get_ref();
        let term = self.text(file, None, "term", &r.term);
        let at = Some(term.as_str());
        if r.also.get_ref().is_empty() {
            self.report(file, r.also.span(), at, ProblemKind::Empty { field: "also" });
        }
        let also = r.also.get_ref().iter().map(|a| self.text(file, at, "also", a)).collect();
        self.knowledge.synonyms.push(Synonym { term, also });
    }

    pub(super) fn route(&mut self, file: usize, raw: &Spanned<RawRoute>) {
        let r = raw.get_ref();
        let means = self.text(file, None, "means", &r.means);
        let at = Some(means.as_str());
        if r.words.get_ref().is_empty() {
            self.report(file, r.words.span(), at, ProblemKind::Empty { field: "words" });
        }
        let words = r.words.get_ref().iter().map(|w| self.text(file, at, "words", w)).collect();
        self.knowledge.routes.push(Route {
            means,
            words,
            untold: r.untold,
            artefact: r.artefact,
            side: r.side,
        });
    }

    /// Resolves `person` / `survey` references; neither means the source.
    fn attribution(
        &mut self,
        file: usize,
        entry: Option<&str>,
        source: usize,
        person: &Option<Text>,
        survey: &Option<Text>,
        span: Range<usize>,
    ) -> Attribution {
        match (person, survey) {
            (Some(_), Some(_)) => {
                self.report(file, span, entry, ProblemKind::TwoAttributions);
                Attribution::Source(source)
            }
            (Some(p), None) => match self.people.get(p.get_ref()) {
                Some(&i) => Attribution::Person(i),
                None => {
                    self.report(
                        file,
                        p.span(),
                        entry,
                        ProblemKind::UnknownPerson(p.get_ref().clone()),
                    );
                    Attribution::Source(source)
                }
            },
            (None, Some(s)) => match self.surveys.get(s.get_ref()) {
                Some(&i) => Attribution::Survey(i),
                None => {
                    self.report(
                        file,
                        s.span(),
                        entry,
                        ProblemKind::UnknownSurvey(s.get_ref().clone()),
                    );
                    Attribution::Source(source)
                }
            },
            (None, None) => Attribution::Source(source),
        }
    }

    pub(super) fn entry(&mut self, file: usize, source: usize, raw: &Spanned<RawEntry>) {
        let r = raw.get_ref();
        let id = self.id(file, "entry", &r.id);
        let at = Some(id.as_str());

        let questions = self.questions(file, at, &r.questions);
        if questions.len() < MIN_QUESTIONS {
            let kind = ProblemKind::TooFewQuestions { found: questions.len(), min: MIN_QUESTIONS };
            self.report(file, r.questions.span(), at, kind);
        }

        let answer = self.text(file, at, "answer", &r.answer);
        let chars = answer.chars().count();
        if chars > MAX_ANSWER_CHARS {
            self.report(
                file,
                r.answer.span(),
                at,
                ProblemKind::AnswerTooLong { chars, max: MAX_ANSWER_CHARS },
            );
        }

        let topics: Vec<String> =
            r.topics.get_ref().iter().map(|t| self.text(file, at, "topics", t)).collect();
        if topics.is_empty() {
            self.report(file, r.topics.span(), at, ProblemKind::Empty { field: "topics" });
        }

        let attribution = self.attribution(file, at, source, &r.person, &r.survey, raw.span());
        let figure = self.optional(file, at, "figure", &r.figure);
        let mut also_answers = Vec::new();
        for ask in &r.also_answers {
            let name = ask.get_ref().trim().to_owned();
            if !crate::ask::CURATED_ASKS.contains(&name.as_str()) {
                let kind = ProblemKind::UnknownAsk(name.clone());
                self.report(file, ask.span(), at, kind);
            }
            also_answers.push(name);
        }
        let kind = match *r.kind.get_ref() {
            RawKind::Fact => {
                // A fact is the source's own statement; one credited to a
                // person is a view, and one from a survey a survey figure.
                if r.person.is_some() || r.survey.is_some() {
                    self.report(file, r.kind.span(), at, ProblemKind::AttributedFact);
                }
                Kind::Fact
            }
            RawKind::SurveyFigure => {
                if r.survey.is_none() {
                    let kind = ProblemKind::MissingAttribution {
                        kind: "survey-figure",
                        needs: "survey (`survey = \"id\"`)",
                    };
                    self.report(file, r.kind.span(), at, kind);
                }
                if figure.is_none() {
                    self.report(file, r.kind.span(), at, ProblemKind::MissingFigure);
                }
                Kind::SurveyFigure
            }
            RawKind::View => {
                if r.survey.is_some() {
                    self.report(file, r.kind.span(), at, ProblemKind::ViewFromSurvey);
                } else if r.person.is_none() {
                    let kind = ProblemKind::MissingAttribution {
                        kind: "view",
                        needs: "person (`person = \"id\"`)",
                    };
                    self.report(file, r.kind.span(), at, kind);
                }
                Kind::View
            }
        };
        self.knowledge.entries.push(Entry {
            id,
            kind,
            own_questions: questions.len(),
            questions,
            answer,
            attribution,
            source,
            topics,
            figure,
            also_answers,
        });
    }

    /// Phrasings, trimmed, each reported when blank or longer than an
    /// autocomplete choice holds.
    fn questions(
        &mut self,
        file: usize,
        at: Option<&str>,
        raw: &Spanned<Vec<Text>>,
    ) -> Vec<String> {
        let mut questions = Vec::new();
        for raw_q in raw.get_ref() {
            let question = self.text(file, at, "questions", raw_q);
            let chars = question.chars().count();
            if chars > MAX_QUESTION_CHARS {
                let kind = ProblemKind::QuestionTooLong {
                    question: question.clone(),
                    chars,
                    max: MAX_QUESTION_CHARS,
                };
                self.report(file, raw_q.span(), at, kind);
            }
            questions.push(question);
        }
        questions
    }

    /// Whether `id` names a curated entry or a person's profile.
    fn known_entry(&self, id: &str) -> bool {
        self.knowledge.entries.iter().any(|e| e.id == id)
            || id.strip_prefix("person/").is_some_and(|p| self.people.contains_key(p))
    }

    /// A learning path: every step an entry that exists.
    pub(super) fn path(&mut self, file: usize, raw: &Spanned<RawPath>) {
        let r = raw.get_ref();
        let id = self.id(file, "path", &r.id);
        let at = Some(id.as_str());
        let title = self.text(file, at, "title", &r.title);
        let description = self.text(file, at, "description", &r.description);
        if r.steps.get_ref().is_empty() {
            self.report(file, r.steps.span(), at, ProblemKind::Empty { field: "steps" });
        }
        let mut steps = Vec::new();
        for step in r.steps.get_ref() {
            let entry = step.get_ref().trim().to_owned();
            if !self.known_entry(&entry) {
                self.report(file, step.span(), at, ProblemKind::UnknownStep(entry.clone()));
            }
            steps.push(entry);
        }
        self.knowledge.paths.push(LearningPath { id, title, description, steps });
    }

    /// Phrasings for an entry defined anywhere, or for a person's profile.
    pub(super) fn phrasing(&mut self, file: usize, raw: &Spanned<RawPhrasing>) {
        let r = raw.get_ref();
        let entry = r.entry.get_ref().trim().to_owned();
        let at = Some(entry.as_str());
        if !self.known_entry(&entry) {
            self.report(file, r.entry.span(), at, ProblemKind::UnknownEntry(entry.clone()));
        }
        let questions = self.questions(file, at, &r.questions);
        if questions.is_empty() {
            self.report(file, r.questions.span(), at, ProblemKind::Empty { field: "questions" });
        }
        self.phrasings.push((entry, questions));
    }

    fn cell(&mut self, file: usize, source: usize, aspect: &str, raw: &Spanned<RawCell>) -> Cell {
        let r = raw.get_ref();
        let at = Some(aspect);
        Cell {
            text: self.text(file, at, "text", &r.text),
            attribution: self.attribution(file, at, source, &r.person, &r.survey, raw.span()),
        }
    }

    pub(super) fn comparison(&mut self, file: usize, source: usize, raw: &Spanned<RawComparison>) {
        let r = raw.get_ref();
        let aspect = self.text(file, None, "aspect", &r.aspect);
        let row = Comparison {
            cio: self.cell(file, source, &aspect, &r.cio),
            cto: self.cell(file, source, &aspect, &r.cto),
            aspect,
            source,
        };
        self.knowledge.comparison.push(row);
    }
}

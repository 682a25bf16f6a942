//! Everything compiled once per run: gazetteer automaton, lexicons, options.
//! Built from the validated command line; the library never reads the
//! environment.

use crate::corpus::{DateWords, LoadOptions};
use crate::entities::EntityMatcher;
use crate::events::EventLexicon;
use crate::gazetteer::Gazetteer;
use crate::publication::corpus::Landmark;
use crate::story::Story;
use crate::story::prefilter::StoryScan;
use anyhow::Context;
use std::path::Path;

pub struct Config {
    pub entities: EntityMatcher,
    pub events: EventLexicon,
    pub load: LoadOptions,
    /// Reference events that help date articles without a date: the
    /// built-in chronology plus the user's files ([`crate::publication::chronology`]).
    pub chronology: Vec<Landmark>,
    /// The gazetteer's titles and who held them from when: a title the
    /// text gives someone bounds its publication day from below.
    pub role_titles: crate::publication::roles::RoleTitles,
    /// Which country each place lies in, for consolidation
    /// ([`crate::affinity::Geography`]).
    pub geography: crate::affinity::Geography,
    /// The story the timeline follows ([`crate::story`]); `None` with
    /// `--all-events`.
    pub story: Option<Story>,
    /// The scan that finds the documents `story` cannot be about, compiled
    /// with it ([`crate::story::prefilter`]).
    pub story_scan: Option<StoryScan>,
    /// The patterns of a page's publication and credit lines, built from
    /// `data/publication.toml` ([`crate::publication::document`]).
    pub publication: crate::publication::document::LabelledLines,
    /// The weekday and month names that tell a re-dated text from a copy
    /// when duplicates are marked ([`crate::corpus::Duplicates`]).
    pub date_words: DateWords,
}

/// The weekday and month names (and the months' abbreviations) of the
/// temporal lexicon and the words that join two days, for the loading
/// stage (which sits before `temporal` and does not read it).
pub fn date_words(lexicon: &crate::temporal::lexicon::Lexicon) -> DateWords {
    DateWords::new(
        lexicon.weekdays.iter().map(|w| w.name.clone()),
        lexicon.months.iter().map(|m| m.name.clone()),
    )
    .with_month_abbrevs(
        lexicon
            .months
            .iter()
            .enumerate()
            .flat_map(|(i, m)| m.abbrevs.iter().map(move |a| (i, a.clone()))),
    )
    .with_day_links(DAY_LINKS.iter().map(|w| w.to_string()))
}

/// The words that join two day numbers before a month, as the date rules
/// read them (`18 et 19 juin`, `du 3 au 5 mars`, `le 3 ou 4 mai`, `du 3 à 5
/// mai`: the day lists and ranges of `src/temporal/rules.rs`).
const DAY_LINKS: [&str; 4] = ["et", "au", "ou", "à"];

/// The words of publication and credit lines.
const PUBLICATION: &str = include_str!("../data/publication.toml");

/// The publication lines' patterns of the built-in `data/publication.toml`.
pub fn publication_lines() -> anyhow::Result<crate::publication::document::LabelledLines> {
    crate::publication::document::LabelledLines::from_data(PUBLICATION)
        .context("data/publication.toml")
}

impl Config {
    /// The built-in data plus the user's extra gazetteer files.
    pub fn new(extra_gazetteers: &[impl AsRef<Path>], load: LoadOptions) -> anyhow::Result<Config> {
        let mut gazetteer = Gazetteer::builtin().context("built-in gazetteer")?;
        for path in extra_gazetteers {
            let path = path.as_ref();
            let body = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read gazetteer {}", path.display()))?;
            gazetteer.add_file(&path.display().to_string(), &body)?;
        }
        let mut events = EventLexicon::builtin().context("built-in trigger lexicon")?;
        events.media = gazetteer.ids_in_category("media");
        events.leaders = gazetteer.leaders();
        let chronology = crate::publication::chronology::builtin(&gazetteer)?;
        let story = Story::builtin(&gazetteer).context("built-in story")?;
        let role_titles = crate::publication::roles::RoleTitles::new(&gazetteer);
        let geography = crate::affinity::Geography::from_gazetteer(&gazetteer);
        let entities = EntityMatcher::new(gazetteer);
        let story_scan = StoryScan::new(&story, &entities);
        Ok(Config {
            geography,
            entities,
            story_scan,
            events,
            load,
            chronology,
            role_titles,
            story: Some(story),
            date_words: date_words(crate::temporal::lexicon::lexicon()),
            publication: publication_lines()?,
        })
    }

    /// Follow the story of a file (`--story FILE`) instead of the built-in
    /// one; its ids must be in the gazetteer of the run.
    pub fn set_story(&mut self, path: &Path) -> anyhow::Result<()> {
        let body = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read story {}", path.display()))?;
        let story = Story::parse(
            &path.display().to_string(),
            &body,
            self.entities.gazetteer(),
        )?;
        self.story_scan = StoryScan::new(&story, &self.entities);
        self.story = Some(story);
        Ok(())
    }

    /// Add a user event lexicon file (`--lexicon FILE`); any problem in it
    /// (the ones `newsx lexicon check` reports) stops the run with the list.
    pub fn add_lexicon(&mut self, path: &Path) -> anyhow::Result<()> {
        let body = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read lexicon {}", path.display()))?;
        let problems = self.events.add_file(&path.display().to_string(), &body)?;
        if !problems.is_empty() {
            let lines: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
            anyhow::bail!("{}", lines.join("\n"));
        }
        Ok(())
    }

    /// Add the events of a chronology file (`--chronology FILE`); its ids
    /// must be in the gazetteer of the run.
    pub fn add_chronology(&mut self, path: &Path) -> anyhow::Result<()> {
        let body = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read chronology {}", path.display()))?;
        let more = crate::publication::chronology::parse(
            &path.display().to_string(),
            &body,
            self.entities.gazetteer(),
        )?;
        self.chronology.extend(more);
        Ok(())
    }
}

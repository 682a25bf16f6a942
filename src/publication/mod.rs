//! The publication date of an article: the one stage that owns it.
//!
//! Every relative date of an article (`hier`, `mardi`, `la semaine
//! dernière`) hangs on its publication day, so a wrong one misdates every
//! event of the article. Where it comes from, in order of precedence:
//!
//! 1. the command line, the front matter or the metadata (`corpus`);
//! 2. the article's own text: a dateline, a labelled header line, a
//!    relative day confirmed by an explicit one, a bare header date line
//!    ([`document`]);
//! 3. the events the rest of the corpus and the reference chronology date
//!    ([`corpus`], with the landmarks of [`chronology`]), at consolidation.
//!
//! This module sits below `timeline`: consolidation hands it the events the
//! corpus dates as landmarks, it never reaches into clustering.

pub mod chronology;
pub mod corpus;
pub mod document;
pub mod roles;
pub mod url;

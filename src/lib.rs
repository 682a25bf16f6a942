//! newsx: a consolidated, dated event timeline from a folder of French news articles.
//!
//! The pipeline (see `docs/design.md`): [`corpus`] loads files, [`text`]
//! normalizes them, [`entities`] and [`temporal`] find who, where and when,
//! [`events`] finds event mentions per clause, [`timeline`] consolidates them
//! across the corpus and [`render`] prints the result. The library never
//! prints, never exits and never reads environment variables.

pub mod affinity;
pub mod config;
pub mod corpus;
pub mod entities;
pub mod events;
pub mod extract;
pub mod filter;
pub mod gazetteer;
pub mod model;
pub mod pipeline;
pub mod publication;
pub mod render;
pub mod story;
pub mod temporal;
#[cfg(test)]
pub(crate) mod test_calendar;
#[cfg(test)]
pub(crate) mod test_chars;
#[cfg(test)]
pub(crate) mod test_data;
pub mod text;
pub mod timeline;

//! The interactive autoévaluation: a walk through the grid, indicator by
//! indicator, saving after every answer. The walk talks to the user only
//! through a [`Prompter`] and saves through a callback: it opens no file and
//! knows nothing of dialoguer. [`adapt`] is the same kind of walk for
//! `grids adapt`, over the grid itself rather than an evaluation.

pub mod adapt;
pub mod judge;
pub mod prompter;
pub mod roles;
pub mod walk;

pub use prompter::{Look, Prompter, TermPrompter};
pub use walk::{Outcome, persist, walk};

#[cfg(test)]
pub(crate) mod tests;

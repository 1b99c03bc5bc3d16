//! Renderers: turn grids (and, later, scorecards) into text people read. They
//! return strings; the command layer decides where they go.

pub mod grid_table;
pub mod scores;
pub mod template;

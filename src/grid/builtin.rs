//! The grids shipped inside the binary, so that utilsoc works with no files
//! around. Their sources live in `grids/` and are checked by the test suite.

use super::Grid;

/// A grid embedded in the binary.
#[derive(Debug)]
pub struct Builtin {
    pub id: &'static str,
    pub source: &'static str,
}

pub const BUILTINS: &[Builtin] = &[
    Builtin {
        id: "utilite-sociale",
        source: include_str!("../../grids/utilite-sociale.toml"),
    },
    Builtin {
        id: "centres-sociaux",
        source: include_str!("../../grids/centres-sociaux.toml"),
    },
    Builtin {
        id: "mediation-sociale",
        source: include_str!("../../grids/mediation-sociale.toml"),
    },
    Builtin {
        id: "creation-de-valeur",
        source: include_str!("../../grids/creation-de-valeur.toml"),
    },
    Builtin {
        id: "mediation-numerique",
        source: include_str!("../../grids/mediation-numerique.toml"),
    },
    Builtin {
        id: "socio-judiciaire",
        source: include_str!("../../grids/socio-judiciaire.toml"),
    },
];

pub fn find(id: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.id == id)
}

impl Builtin {
    /// The name findings and messages give this grid.
    pub fn file_name(&self) -> String {
        format!("builtin:{}", self.id)
    }

    /// The validated grid; built-in grids are valid (tests make sure).
    pub fn grid(&self) -> Option<Grid> {
        super::load(&self.file_name(), self.source.as_bytes()).0
    }
}

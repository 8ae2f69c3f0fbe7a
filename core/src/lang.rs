//! The four languages Goal Ladder speaks.

use serde::{Deserialize, Serialize};

/// A language of the interface, of a goal's text, and of the reasons the scorer gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    /// Norwegian bokmål.
    Nb,
    Sv,
    Da,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Nb, Lang::Sv, Lang::Da];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nb => "nb",
            Lang::Sv => "sv",
            Lang::Da => "da",
        }
    }

    /// Reads a BCP 47 tag such as `nb-NO`, `no`, `nn`, `sv-SE` or `da`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "sv" => Some(Lang::Sv),
            "da" => Some(Lang::Da),
            _ => None,
        }
    }

    /// The language's own name for itself.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nb => "Norsk",
            Lang::Sv => "Svenska",
            Lang::Da => "Dansk",
        }
    }
}

/// A text in each of the four languages, for the catalogue and the scorer's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized {
    pub en: &'static str,
    pub nb: &'static str,
    pub sv: &'static str,
    pub da: &'static str,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Nb => self.nb,
            Lang::Sv => self.sv,
            Lang::Da => self.da,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_browser_language_tags() {
        assert_eq!(Lang::from_tag("nb-NO"), Some(Lang::Nb));
        assert_eq!(Lang::from_tag("no"), Some(Lang::Nb));
        assert_eq!(Lang::from_tag("sv_SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("da"), Some(Lang::Da));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de-DE"), None);
    }
}

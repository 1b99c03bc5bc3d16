//! What a data file is, told from its bytes rather than its name: consultants
//! rename files, save "CSV" that Excel wrote as UTF-16, or pick the report
//! next to the export by mistake. A spreadsheet is read as one; text with a
//! UTF-16 byte order mark is decoded; a file of another kind is refused with
//! one line that says what it seems to be.

use std::io::{Cursor, Read, Seek};

use encoding_rs::Encoding;

use crate::tr;

/// The bytes needed to tell the kinds apart by their start.
pub const MAGIC_BYTES: usize = 12;

/// What a file is, as far as reading survey data goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// CSV, TSV or TXT: UTF-8 (with or without BOM) or Windows-1252.
    Text,
    /// Text with a UTF-16 byte order mark (Excel's "Unicode Text").
    Utf16(&'static Encoding),
    /// A ZIP archive: a spreadsheet or not, as its content says.
    Zip,
    /// An OLE compound file: Excel 97-2003 (`.xls`), or another old Office file.
    Ole,
    /// Anything else that is not survey data.
    Other(Other),
}

/// Files that are not survey data, named in the refusal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Other {
    Word,
    PowerPoint,
    OpenDocumentText,
    OpenDocument,
    Zip,
    OldOffice,
    Pdf,
    Image,
    Gzip,
    Archive,
    Rtf,
}

impl Other {
    /// What the file seems to be, as the refusal says it ("a PDF document").
    pub fn describe(self) -> String {
        match self {
            Other::Word => tr!("kind-docx"),
            Other::PowerPoint => tr!("kind-pptx"),
            Other::OpenDocumentText => tr!("kind-odt"),
            Other::OpenDocument => tr!("kind-opendocument"),
            Other::Zip => tr!("kind-zip"),
            Other::OldOffice => tr!("kind-old-office"),
            Other::Pdf => tr!("kind-pdf"),
            Other::Image => tr!("kind-image"),
            Other::Gzip => tr!("kind-gzip"),
            Other::Archive => tr!("kind-archive"),
            Other::Rtf => tr!("kind-rtf"),
        }
    }
}

/// The kind of a file from its first bytes ([`MAGIC_BYTES`] are enough).
pub fn sniff(head: &[u8]) -> Kind {
    let starts = |magic: &[u8]| head.starts_with(magic);
    if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        Kind::Zip
    } else if starts(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Kind::Ole
    } else if starts(b"\xFF\xFE") {
        Kind::Utf16(encoding_rs::UTF_16LE)
    } else if starts(b"\xFE\xFF") {
        Kind::Utf16(encoding_rs::UTF_16BE)
    } else if starts(b"%PDF") {
        Kind::Other(Other::Pdf)
    } else if starts(b"\x89PNG")
        || starts(b"\xFF\xD8\xFF")
        || starts(b"GIF8")
        || starts(b"II*\0")
        || starts(b"MM\0*")
        || (starts(b"RIFF") && head.get(8..12) == Some(b"WEBP"))
    {
        Kind::Other(Other::Image)
    } else if starts(b"\x1F\x8B") {
        Kind::Other(Other::Gzip)
    } else if starts(b"7z\xBC\xAF\x27\x1C") || starts(b"Rar!") {
        Kind::Other(Other::Archive)
    } else if starts(b"{\\rtf") {
        Kind::Other(Other::Rtf)
    } else {
        Kind::Text
    }
}

/// What a ZIP archive holds, as far as reading survey data goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipKind {
    Xlsx,
    Xlsb,
    Ods,
    Other(Other),
}

/// The kind of a ZIP archive, from its entries: Office Open XML files have
/// `[Content_Types].xml` and a folder per application (`xl/`, `word/`...),
/// OpenDocument files a `mimetype` entry naming theirs.
pub fn zip_kind<R: Read + Seek>(archive: R) -> ZipKind {
    let Ok(mut zip) = zip::ZipArchive::new(archive) else {
        return ZipKind::Other(Other::Zip);
    };
    let has = |prefix: &str| {
        zip.file_names_raw()
            .any(|n| n.starts_with(prefix.as_bytes()))
    };
    if zip.index_for_name("[Content_Types].xml").is_some() {
        if zip.index_for_name("xl/workbook.bin").is_some() {
            return ZipKind::Xlsb;
        }
        if has("xl/") {
            return ZipKind::Xlsx;
        }
        if has("word/") {
            return ZipKind::Other(Other::Word);
        }
        if has("ppt/") {
            return ZipKind::Other(Other::PowerPoint);
        }
    }
    let mut mimetype = String::new();
    let read = zip.by_name("mimetype").map(|entry| {
        // A mimetype entry is one short line; more is not OpenDocument.
        entry.take(200).read_to_string(&mut mimetype)
    });
    if let Ok(Ok(_)) = read {
        return match mimetype.trim() {
            "application/vnd.oasis.opendocument.spreadsheet" => ZipKind::Ods,
            "application/vnd.oasis.opendocument.text" => ZipKind::Other(Other::OpenDocumentText),
            m if m.starts_with("application/vnd.oasis.opendocument") => {
                ZipKind::Other(Other::OpenDocument)
            }
            _ => ZipKind::Other(Other::Zip),
        };
    }
    ZipKind::Other(Other::Zip)
}

/// [`zip_kind`] of bytes in memory.
pub fn zip_kind_of(bytes: &[u8]) -> ZipKind {
    zip_kind(Cursor::new(bytes))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn zip_with(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn kinds_come_from_the_first_bytes() {
        assert_eq!(sniff(b"action;q1\n"), Kind::Text);
        assert_eq!(sniff(b"\xEF\xBB\xBFaction"), Kind::Text);
        assert_eq!(sniff(b""), Kind::Text);
        assert_eq!(sniff(b"\xFF\xFEa\0"), Kind::Utf16(encoding_rs::UTF_16LE));
        assert_eq!(sniff(b"\xFE\xFF\0a"), Kind::Utf16(encoding_rs::UTF_16BE));
        assert_eq!(sniff(b"%PDF-1.7\n"), Kind::Other(Other::Pdf));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n"), Kind::Other(Other::Image));
        assert_eq!(sniff(b"\x1F\x8B\x08\0"), Kind::Other(Other::Gzip));
        assert_eq!(sniff(b"PK\x03\x04\x14\0"), Kind::Zip);
        assert_eq!(sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), Kind::Ole);
    }

    #[test]
    fn zips_are_told_apart_by_their_entries() {
        let xlsx = zip_with(&[("[Content_Types].xml", ""), ("xl/workbook.xml", "")]);
        assert_eq!(zip_kind_of(&xlsx), ZipKind::Xlsx);
        let docx = zip_with(&[("[Content_Types].xml", ""), ("word/document.xml", "")]);
        assert_eq!(zip_kind_of(&docx), ZipKind::Other(Other::Word));
        let ods = zip_with(&[
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", ""),
        ]);
        assert_eq!(zip_kind_of(&ods), ZipKind::Ods);
        let odt = zip_with(&[("mimetype", "application/vnd.oasis.opendocument.text")]);
        assert_eq!(zip_kind_of(&odt), ZipKind::Other(Other::OpenDocumentText));
        let other = zip_with(&[("photos/a.jpg", "")]);
        assert_eq!(zip_kind_of(&other), ZipKind::Other(Other::Zip));
        assert_eq!(zip_kind_of(b"PK\x03\x04broken"), ZipKind::Other(Other::Zip));
    }
}

//! Cuts a CSV byte stream into chunks of whole records, so that several
//! threads can parse and interpret a file at once.
//!
//! A record ends at a newline outside quotes. Quotes are tracked the way the
//! csv crate reads them: a quote opens a quoted field only at the start of a
//! field, `""` inside a quoted field is an escaped quote, and a quote anywhere
//! else is an ordinary character. The scan only looks at quotes and newlines
//! (with `memchr`), which costs a fraction of parsing.
//!
//! The chunker also guards what reaches the parser: files with CR-only line
//! ends (Excel for old Macs) are translated to `\n` as they stream by, a file
//! holding NUL bytes is refused as binary, and one record may not grow past
//! [`MAX_RECORD_BYTES`], so that a file without line ends cannot eat memory.

use std::io::{self, Read};

/// One record (a line, or several when a quoted cell spans lines) may not be
/// longer than this: no survey answer comes near it, and past it the file has
/// no line ends (not CSV) or a quote that is never closed.
pub const MAX_RECORD_BYTES: usize = 16 * 1024 * 1024;

/// Why the chunker refused to go on, carried inside an [`io::Error`] of kind
/// `InvalidData` so that readers keep one error type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The record starting at `line` is longer than `limit` bytes.
    RecordTooLong { line: u64, limit: usize },
    /// A NUL byte at `line`: a binary file, or text saved as UTF-16.
    Binary { line: u64 },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::RecordTooLong { line, limit } => {
                write!(f, "record at line {line} is longer than {limit} bytes")
            }
            Refusal::Binary { line } => write!(f, "NUL byte at line {line}"),
        }
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    /// The refusal an I/O error carries, if it is one.
    pub fn of(error: &io::Error) -> Option<&Refusal> {
        error.get_ref().and_then(|e| e.downcast_ref::<Refusal>())
    }

    fn into_error(self) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, self)
    }
}

/// Whole records, and the line number of their first byte.
#[derive(Debug)]
pub struct Chunk {
    pub bytes: Vec<u8>,
    pub first_line: u64,
}

#[derive(Debug)]
pub struct Chunker<R> {
    input: R,
    delimiter: u8,
    buf: Vec<u8>,
    /// Bytes of `buf` already scanned, and the quoting state there.
    scanned: usize,
    in_quotes: bool,
    /// End of the last whole record found in `buf` (0: none yet).
    boundary: usize,
    next_line: u64,
    eof: bool,
    /// Line ends are lone `\r`: read bytes have them turned into `\n`.
    cr_only: bool,
    max_record: usize,
}

impl<R: Read> Chunker<R> {
    pub fn new(input: R) -> Self {
        Chunker {
            input,
            delimiter: b',',
            buf: Vec::new(),
            scanned: 0,
            in_quotes: false,
            boundary: 0,
            next_line: 1,
            eof: false,
            cr_only: false,
            max_record: MAX_RECORD_BYTES,
        }
    }

    /// Lowers the record limit (tests use a small one).
    pub fn set_max_record(&mut self, bytes: usize) {
        self.max_record = bytes;
    }

    /// The first bytes of the stream (up to 64 KiB), to sniff the delimiter.
    /// Call it before anything else: it also settles the line ends and
    /// refuses binary files.
    pub fn head(&mut self) -> io::Result<&[u8]> {
        while self.buf.len() < 1 << 16 && !self.eof {
            self.fill(1 << 16)?;
        }
        if let Some(at) = memchr::memchr(0, &self.buf) {
            let line = 1 + memchr::memchr_iter(b'\n', &self.buf[..at]).count() as u64;
            return Err(Refusal::Binary { line }.into_error());
        }
        // CR-only when there is no `\n` at all but a `\r` followed by
        // something else (a CRLF split at the end of the head is not one).
        if memchr::memchr(b'\n', &self.buf).is_none()
            && memchr::memchr_iter(b'\r', &self.buf).any(|p| p + 1 < self.buf.len())
        {
            self.cr_only = true;
            translate_cr(&mut self.buf);
        }
        Ok(&self.buf)
    }

    pub fn set_delimiter(&mut self, delimiter: u8) {
        self.delimiter = delimiter;
    }

    /// Reads up to `amount` more bytes; sets `eof` when there are none.
    fn fill(&mut self, amount: usize) -> io::Result<()> {
        let start = self.buf.len();
        self.buf.resize(start + amount, 0);
        let read = loop {
            match self.input.read(&mut self.buf[start..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.buf.truncate(start);
                    return Err(e);
                }
            }
        };
        self.buf.truncate(start + read);
        if self.cr_only {
            translate_cr(&mut self.buf[start..]);
        }
        if read == 0 {
            self.eof = true;
        }
        Ok(())
    }

    /// Advances the scan; with `first`, stops at the first record's end.
    fn scan(&mut self, first: bool) {
        let buf = &self.buf;
        let mut i = self.scanned;
        loop {
            let Some(offset) = memchr::memchr2(b'"', b'\n', &buf[i..]) else {
                i = buf.len();
                break;
            };
            let p = i + offset;
            if buf[p] == b'\n' {
                i = p + 1;
                if !self.in_quotes {
                    self.boundary = p + 1;
                    if first {
                        break;
                    }
                }
            } else if self.in_quotes {
                if p + 1 == buf.len() && !self.eof {
                    // Is it `""` or a closing quote? The next read will tell.
                    i = p;
                    break;
                }
                if buf.get(p + 1) == Some(&b'"') {
                    i = p + 2;
                } else {
                    self.in_quotes = false;
                    i = p + 1;
                }
            } else {
                self.in_quotes =
                    p == 0 || matches!(buf[p - 1], b'\n' | b'\r') || buf[p - 1] == self.delimiter;
                i = p + 1;
            }
        }
        self.scanned = i;
    }

    /// The first record alone (the header line).
    pub fn first_record(&mut self) -> io::Result<Option<Chunk>> {
        self.next(0, true)
    }

    /// Whole records adding up to about `target` bytes (more when one record
    /// is longer); `None` at the end of the stream.
    pub fn next_chunk(&mut self, target: usize) -> io::Result<Option<Chunk>> {
        self.next(target, false)
    }

    fn next(&mut self, target: usize, first: bool) -> io::Result<Option<Chunk>> {
        loop {
            self.scan(first);
            // The bytes after the last whole record are one record in the
            // making: past the limit, stop before reading more.
            if self.buf.len() - self.boundary > self.max_record {
                let line = self.next_line
                    + memchr::memchr_iter(b'\n', &self.buf[..self.boundary]).count() as u64;
                return Err(Refusal::RecordTooLong {
                    line,
                    limit: self.max_record,
                }
                .into_error());
            }
            let ready = if first {
                self.boundary > 0
            } else {
                self.boundary > 0 && self.buf.len() >= target
            };
            if ready || self.eof {
                let end = if ready { self.boundary } else { self.buf.len() };
                if end == 0 {
                    return Ok(None);
                }
                let rest = self.buf.split_off(end);
                let bytes = std::mem::replace(&mut self.buf, rest);
                self.scanned = self.scanned.saturating_sub(end);
                self.boundary = 0;
                let first_line = self.next_line;
                self.next_line += memchr::memchr_iter(b'\n', &bytes).count() as u64;
                return Ok(Some(Chunk { bytes, first_line }));
            }
            self.fill(target.max(1 << 16))?;
        }
    }
}

fn translate_cr(bytes: &mut [u8]) {
    for b in bytes.iter_mut().filter(|b| **b == b'\r') {
        *b = b'\n';
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out a few bytes at a time, as pipes do.
    struct Trickle<'a>(&'a [u8], usize);
    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(self.0.len()).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn chunks(data: &str, target: usize) -> Vec<(String, u64)> {
        let mut c = Chunker::new(Trickle(data.as_bytes(), target));
        c.set_delimiter(b';');
        let mut out = Vec::new();
        if let Some(h) = c.first_record().unwrap() {
            out.push((String::from_utf8(h.bytes).unwrap(), h.first_line));
        }
        while let Some(chunk) = c.next_chunk(target).unwrap() {
            out.push((String::from_utf8(chunk.bytes).unwrap(), chunk.first_line));
        }
        out
    }

    #[test]
    fn cuts_between_records_only() {
        let data = "a;b\n1;\"x\ny\"\n2;\"he said \"\"hi\"\"\n\"\n3;5\"\n4;z";
        for target in [1, 2, 3, 5, 8, 13, 100] {
            let got = chunks(data, target);
            let joined: String = got.iter().map(|(s, _)| s.as_str()).collect();
            assert_eq!(joined, data, "target {target}");
            assert_eq!(got[0].0, "a;b\n");
            for (chunk, first_line) in &got {
                // Every chunk parses to whole records on its own.
                let mut r = csv::ReaderBuilder::new()
                    .delimiter(b';')
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(chunk.as_bytes());
                for rec in r.byte_records() {
                    let rec = rec.unwrap();
                    assert!(
                        rec.len() == 2 || chunk.starts_with('a'),
                        "target {target}: {chunk:?}"
                    );
                }
                let expected = data[..data.find(chunk.as_str()).unwrap()]
                    .matches('\n')
                    .count() as u64
                    + 1;
                assert_eq!(*first_line, expected);
            }
        }
    }

    #[test]
    fn a_stray_quote_inside_a_field_is_literal() {
        let got = chunks("a;b\n1;5\"\n2;3\n", 1);
        let records: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(records, ["a;b\n", "1;5\"\n", "2;3\n"]);
    }

    /// A stream that never ends and never has a line end, counting what it gave.
    struct Endless {
        byte: u8,
        given: usize,
    }
    impl Read for Endless {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            out.fill(self.byte);
            self.given += out.len();
            Ok(out.len())
        }
    }

    #[test]
    fn an_endless_record_stops_at_the_limit_with_memory_bounded() {
        let header = b"action,q\nA,1\n".as_slice();
        let mut c = Chunker::new(header.chain(Endless {
            byte: b'x',
            given: 0,
        }));
        c.set_max_record(1 << 20);
        c.head().unwrap();
        assert_eq!(c.first_record().unwrap().unwrap().bytes, b"action,q\n");
        let mut error = None;
        for _ in 0..100 {
            match c.next_chunk(1 << 16) {
                Ok(Some(_)) => {}
                Ok(None) => break,
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        let error = error.expect("the endless record is refused");
        assert_eq!(
            Refusal::of(&error),
            Some(&Refusal::RecordTooLong {
                line: 3,
                limit: 1 << 20
            })
        );
        // Reading stopped soon after the limit: one more read at most.
        let given = c.input.get_ref().1.given;
        assert!(given <= (1 << 20) + (1 << 17), "read {given} bytes");
        assert!(c.buf.capacity() <= 4 << 20, "{}", c.buf.capacity());
    }

    #[test]
    fn an_unclosed_quote_is_a_record_too_long_at_its_line() {
        let mut data = b"a,b\n1,2\n3,\"never closed\n".to_vec();
        data.extend(std::iter::repeat_n(b"x,y\n".as_slice(), 1 << 16).flatten());
        let mut c = Chunker::new(data.as_slice());
        c.set_max_record(1 << 17);
        c.head().unwrap();
        c.first_record().unwrap();
        let error = loop {
            match c.next_chunk(1 << 10) {
                Ok(Some(_)) => {}
                Ok(None) => panic!("the unclosed quote went unnoticed"),
                Err(e) => break e,
            }
        };
        assert!(matches!(
            Refusal::of(&error),
            Some(Refusal::RecordTooLong { line: 3, .. })
        ));
    }

    #[test]
    fn nul_bytes_are_refused_at_once() {
        let mut c = Chunker::new(Endless { byte: 0, given: 0 });
        let error = c.head().unwrap_err();
        assert_eq!(Refusal::of(&error), Some(&Refusal::Binary { line: 1 }));
        assert!(c.input.given <= 1 << 16);
    }

    #[test]
    fn cr_only_line_ends_read_as_lines() {
        let data = "a;b\r1;\"x\ry\"\r2;3\r";
        let mut c = Chunker::new(Trickle(data.as_bytes(), 3));
        c.set_delimiter(b';');
        c.head().unwrap();
        let header = c.first_record().unwrap().unwrap();
        assert_eq!(header.bytes, b"a;b\n");
        let rest = c.next_chunk(1).unwrap().unwrap();
        assert_eq!(rest.bytes, b"1;\"x\ny\"\n2;3\n");
        assert_eq!(rest.first_line, 2);
        assert!(c.next_chunk(1).unwrap().is_none());
    }

    #[test]
    fn crlf_split_at_the_end_of_the_head_is_not_cr_only() {
        let mut data = vec![b'x'; (1 << 16) - 1];
        data.extend_from_slice(b"\r\n1\r\n");
        let mut c = Chunker::new(Trickle(&data, 1 << 16));
        c.head().unwrap();
        assert!(!c.cr_only);
    }
}

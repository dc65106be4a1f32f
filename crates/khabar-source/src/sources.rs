//! The streaming iterator over all inputs.

use std::fs::File;
use std::io::Read;
use std::path::PathBuf;

use crate::error::{ErrorKind, SourceError};
use crate::format::{decompress, detect_by_name, sniff, Compression, DynRead, Format};
use crate::jsonl::{JsonReader, JsonlReader};
use crate::record::Record;
use crate::stats::SourceStats;
use crate::textfile::DocReader;
use crate::walk::{Input, Walker};
use crate::warc::WarcReader;

/// JSONL field names (`--id-field`, `--text-field`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldNames {
    /// Record id (default `id`). Strings and numbers are accepted.
    pub id: String,
    /// Plain text body (default `text`). Wins over `html` when both are present.
    pub text: String,
    /// HTML body (default `html`), used when there is no text field.
    pub html: String,
    /// Title (default `title`).
    pub title: String,
    /// URL (default `url`).
    pub url: String,
    /// Date (default `date`).
    pub date: String,
    /// Source name (default `source`); when missing, the URL's host is used.
    pub source: String,
}

impl Default for FieldNames {
    fn default() -> Self {
        FieldNames {
            id: "id".into(),
            text: "text".into(),
            html: "html".into(),
            title: "title".into(),
            url: "url".into(),
            date: "date".into(),
            source: "source".into(),
        }
    }
}

/// How to read sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceOptions {
    /// JSONL field names.
    pub fields: FieldNames,
    /// Largest record accepted, in bytes (a text/HTML file, a JSONL line, a WARC block, a
    /// decompressed HTTP body). Larger ones are skipped with [`ErrorKind::TooLarge`] without
    /// being held in memory. Default 50 MiB.
    pub max_record_bytes: usize,
    /// Replace invalid UTF-8 with U+FFFD instead of reporting an [`ErrorKind::Encoding`] error.
    pub lossy: bool,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions {
            fields: FieldNames::default(),
            max_record_bytes: 50 << 20,
            lossy: false,
        }
    }
}

/// A reader for one opened input.
pub(crate) trait FileReader: Send {
    /// The next record of this input, or `None` when it is exhausted.
    fn next_record(&mut self, stats: &mut SourceStats) -> Option<Result<Record, SourceError>>;
}

/// Streaming iterator of records over files, directories and stdin. See the crate docs.
pub struct Sources {
    walker: Walker,
    current: Option<Box<dyn FileReader>>,
    opts: SourceOptions,
    stats: SourceStats,
    /// An error to yield first (from [`Sources::from_reader`]).
    pending: Option<SourceError>,
}

impl Sources {
    /// Starts reading `paths` (files, directories, `-` for stdin). Nothing is opened until the
    /// first call to `next`; a path that cannot be opened is an `Err` item, not a panic.
    pub fn open(paths: &[PathBuf], opts: &SourceOptions) -> Sources {
        Sources {
            walker: Walker::new(paths),
            current: None,
            opts: opts.clone(),
            stats: SourceStats::default(),
            pending: None,
        }
    }

    /// Reads one in-memory or streamed input (a socket, a buffer, a fuzzer's bytes) named `name`
    /// in origins. `format` `None` sniffs compression and format like stdin; `Some(f)` reads it
    /// as `f` (uncompressed).
    pub fn from_reader(
        name: &str,
        reader: impl Read + Send + 'static,
        format: Option<Format>,
        opts: &SourceOptions,
    ) -> Sources {
        let mut s = Sources::open(&[], opts);
        s.stats.files = 1;
        let raw: Box<dyn Read + Send> = Box::new(reader);
        let opened = match format {
            Some(f) => decompress(raw, Compression::None).map(|r| (f, Compression::None, r)),
            None => sniff(raw),
        };
        match opened {
            Ok((format, comp, r)) => {
                s.current = Some(s.reader_for(format, comp, r, name.to_string()))
            }
            Err(e) => {
                s.pending = Some(SourceError::new(
                    name,
                    ErrorKind::Io,
                    format!("cannot read: {e}"),
                ))
            }
        }
        s
    }

    fn reader_for(
        &self,
        format: Format,
        comp: Compression,
        reader: DynRead,
        name: String,
    ) -> Box<dyn FileReader> {
        match format {
            Format::Text | Format::Html => {
                Box::new(DocReader::new(reader, name, format, comp, &self.opts))
            }
            Format::Jsonl => Box::new(JsonlReader::new(reader, name, comp, &self.opts)),
            Format::Json => Box::new(JsonReader::new(reader, name, comp, &self.opts)),
            Format::Warc => Box::new(WarcReader::new(reader, name, comp, &self.opts)),
        }
    }

    /// Counts so far (final once the iterator returned `None`).
    pub fn stats(&self) -> &SourceStats {
        &self.stats
    }

    fn open_input(&mut self, input: Input) -> Result<Option<Box<dyn FileReader>>, SourceError> {
        let (name, raw, by_name): (String, Box<dyn Read + Send>, _) = match input {
            Input::Stdin => ("-".to_string(), Box::new(std::io::stdin()), None),
            Input::File { path, explicit } => {
                let by_name = detect_by_name(&path);
                if !explicit {
                    // `.json` files met while walking are usually metadata or gold files next
                    // to pages, not documents: only read them when named explicitly.
                    match by_name {
                        None => {
                            self.stats.skip("unsupported-extension");
                            return Ok(None);
                        }
                        Some((Format::Json, _)) => {
                            self.stats.skip("json-in-directory");
                            return Ok(None);
                        }
                        Some(_) => {}
                    }
                }
                let name = path.display().to_string();
                let file = File::open(&path).map_err(|e| {
                    SourceError::new(name.clone(), ErrorKind::Io, format!("cannot open: {e}"))
                })?;
                (name, Box::new(file), by_name)
            }
        };
        self.stats.files += 1;
        let (format, comp, reader): (Format, Compression, DynRead) = match by_name {
            Some((format, comp)) => {
                let r = decompress(raw, comp)
                    .map_err(|e| crate::textfile::io_error(name.clone(), comp, &e))?;
                (format, comp, r)
            }
            None => sniff(raw).map_err(|e| {
                SourceError::new(name.clone(), ErrorKind::Io, format!("cannot read: {e}"))
            })?,
        };
        Ok(Some(self.reader_for(format, comp, reader, name)))
    }
}

impl Iterator for Sources {
    type Item = Result<Record, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending.take() {
            self.stats.error(e.kind);
            return Some(Err(e));
        }
        loop {
            if let Some(reader) = self.current.as_mut() {
                match reader.next_record(&mut self.stats) {
                    Some(Ok(rec)) => {
                        self.stats.records += 1;
                        self.stats.bytes += rec.body.len() as u64;
                        return Some(Ok(rec));
                    }
                    Some(Err(e)) => {
                        self.stats.error(e.kind);
                        return Some(Err(e));
                    }
                    None => self.current = None,
                }
            }
            let input = match self.walker.next(&mut self.stats)? {
                Ok(i) => i,
                Err(e) => {
                    self.stats.error(e.kind);
                    return Some(Err(e));
                }
            };
            match self.open_input(input) {
                Ok(r) => self.current = r,
                Err(e) => {
                    self.stats.error(e.kind);
                    return Some(Err(e));
                }
            }
        }
    }
}

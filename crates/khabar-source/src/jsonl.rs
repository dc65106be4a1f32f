//! JSON Lines reader: one record per line, configurable field names.

use std::io::Read;

use serde_json::{Map, Value};

use crate::error::{ErrorKind, SourceError};
use crate::format::{Compression, DynRead};
use crate::line::{read_line_capped, Line};
use crate::record::{host_of, Body, Record, RecordKind};
use crate::sources::{FieldNames, FileReader, SourceOptions};
use crate::stats::SourceStats;
use crate::textfile::io_error;

pub(crate) struct JsonlReader {
    reader: DynRead,
    path: String,
    comp: Compression,
    line_no: u64,
    buf: Vec<u8>,
    fields: FieldNames,
    max: usize,
    lossy: bool,
    done: bool,
}

impl JsonlReader {
    pub(crate) fn new(
        reader: DynRead,
        path: String,
        comp: Compression,
        opts: &SourceOptions,
    ) -> Self {
        JsonlReader {
            reader,
            path,
            comp,
            line_no: 0,
            buf: Vec::new(),
            fields: opts.fields.clone(),
            max: opts.max_record_bytes,
            lossy: opts.lossy,
            done: false,
        }
    }
}

impl FileReader for JsonlReader {
    fn next_record(&mut self, stats: &mut SourceStats) -> Option<Result<Record, SourceError>> {
        loop {
            if self.done {
                return None;
            }
            let got = read_line_capped(&mut self.reader, &mut self.buf, self.max);
            self.line_no += 1;
            let origin = format!("{}#{}", self.path, self.line_no);
            match got {
                Ok(Line::Eof) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    // A broken compressed stream cannot be resumed: report and end this file.
                    self.done = true;
                    return Some(Err(io_error(origin, self.comp, &e)));
                }
                Ok(Line::TooLong(n)) => {
                    let reason = format!(
                        "line of {n} bytes exceeds the {} byte record limit",
                        self.max
                    );
                    return Some(Err(SourceError::new(origin, ErrorKind::TooLarge, reason)));
                }
                Ok(Line::Complete) => {}
            }
            let mut line: &[u8] = &self.buf;
            if self.line_no == 1 {
                line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                stats.skip("blank-line");
                continue;
            }
            return match parse_line(line, &self.fields, self.lossy) {
                Ok(Some((rec_fields, body))) => Some(Ok(rec_fields.into_record(origin, body))),
                Ok(None) => {
                    stats.skip("empty");
                    continue;
                }
                Err((kind, reason)) => Some(Err(SourceError::new(origin, kind, reason))),
            };
        }
    }
}

/// A `.json` file: one object (one record, origin `path`), an array of objects (origin
/// `path#N`, 1-based), or, when the file is not a single JSON value, JSON Lines.
pub(crate) struct JsonReader {
    state: JsonState,
    path: String,
    comp: Compression,
    opts: SourceOptions,
}

enum JsonState {
    Start(DynRead),
    Items(std::vec::IntoIter<Value>, u64),
    Lines(Box<JsonlReader>),
    Done,
}

impl JsonReader {
    pub(crate) fn new(
        reader: DynRead,
        path: String,
        comp: Compression,
        opts: &SourceOptions,
    ) -> Self {
        JsonReader {
            state: JsonState::Start(reader),
            path,
            comp,
            opts: opts.clone(),
        }
    }
}

impl FileReader for JsonReader {
    fn next_record(&mut self, stats: &mut SourceStats) -> Option<Result<Record, SourceError>> {
        loop {
            match std::mem::replace(&mut self.state, JsonState::Done) {
                JsonState::Done => return None,
                JsonState::Lines(mut r) => {
                    let item = r.next_record(stats);
                    self.state = JsonState::Lines(r);
                    return item;
                }
                JsonState::Items(mut it, n) => {
                    let v = it.next()?;
                    self.state = JsonState::Items(it, n + 1);
                    let origin = format!("{}#{}", self.path, n + 1);
                    match record_from_value(v, &self.opts.fields) {
                        Ok(Some((meta, body))) => return Some(Ok(meta.into_record(origin, body))),
                        Ok(None) => stats.skip("empty"),
                        Err((kind, reason)) => {
                            return Some(Err(SourceError::new(origin, kind, reason)))
                        }
                    }
                }
                JsonState::Start(mut reader) => {
                    let mut buf = Vec::new();
                    let max = self.opts.max_record_bytes;
                    if let Err(e) = (&mut reader).take(max as u64 + 1).read_to_end(&mut buf) {
                        return Some(Err(io_error(self.path.clone(), self.comp, &e)));
                    }
                    if buf.len() <= max {
                        let body = buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&buf);
                        match serde_json::from_slice::<Value>(body) {
                            Ok(Value::Array(items)) => {
                                self.state = JsonState::Items(items.into_iter(), 0);
                                continue;
                            }
                            Ok(v @ Value::Object(_)) => {
                                let origin = self.path.clone();
                                return match record_from_value(v, &self.opts.fields) {
                                    Ok(Some((meta, body))) => {
                                        Some(Ok(meta.into_record(origin, body)))
                                    }
                                    Ok(None) => {
                                        stats.skip("empty");
                                        None
                                    }
                                    Err((kind, reason)) => {
                                        Some(Err(SourceError::new(origin, kind, reason)))
                                    }
                                };
                            }
                            _ => {}
                        }
                    }
                    // Not one JSON value (or too big to hold): read it as JSON Lines.
                    let rest: DynRead = Box::new(std::io::BufReader::new(
                        std::io::Cursor::new(buf).chain(reader),
                    ));
                    let lines = JsonlReader::new(rest, self.path.clone(), self.comp, &self.opts);
                    self.state = JsonState::Lines(Box::new(lines));
                }
            }
        }
    }
}

struct Meta {
    id: Option<String>,
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
}

impl Meta {
    fn into_record(self, origin: String, body: Body) -> Record {
        let source = self
            .source
            .or_else(|| self.url.as_deref().and_then(host_of).map(str::to_string));
        Record {
            id: self.id,
            origin,
            kind: RecordKind::Json,
            url: self.url,
            title: self.title,
            date: self.date,
            source,
            body,
        }
    }
}

type LineResult = Result<Option<(Meta, Body)>, (ErrorKind, String)>;

fn parse_line(line: &[u8], f: &FieldNames, lossy: bool) -> LineResult {
    let text = match std::str::from_utf8(line) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) if lossy => String::from_utf8_lossy(line),
        Err(e) => {
            let reason = format!(
                "invalid UTF-8 at byte offset {} of the line",
                e.valid_up_to()
            );
            return Err((ErrorKind::Encoding, reason));
        }
    };
    let value: Value = serde_json::from_str(&text)
        .map_err(|e| (ErrorKind::InvalidJson, format!("invalid JSON: {e}")))?;
    record_from_value(value, f)
}

fn record_from_value(value: Value, f: &FieldNames) -> LineResult {
    let Value::Object(mut obj) = value else {
        return Err((ErrorKind::InvalidJson, "not a JSON object".to_string()));
    };
    let meta = Meta {
        id: scalar(&obj, &f.id),
        url: scalar(&obj, &f.url),
        title: scalar(&obj, &f.title),
        date: scalar(&obj, &f.date),
        source: scalar(&obj, &f.source),
    };
    let body = if let Some(Value::String(t)) = obj.remove(&f.text) {
        Body::Text(t)
    } else if let Some(Value::String(h)) = obj.remove(&f.html) {
        Body::Html {
            bytes: h.into_bytes(),
            charset: Some("utf-8".to_string()),
        }
    } else {
        let reason = format!("no string field `{}` (text) or `{}` (html)", f.text, f.html);
        return Err((ErrorKind::MissingField, reason));
    };
    let empty = match &body {
        Body::Text(t) => t.trim().is_empty(),
        Body::Html { bytes, .. } => bytes.iter().all(u8::is_ascii_whitespace),
    };
    Ok((!empty).then_some((meta, body)))
}

/// A string or number field as a string; `null`, missing, empty and other types are `None`.
fn scalar(obj: &Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

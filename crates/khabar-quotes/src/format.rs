//! A readable "who said what" view of quotes.

use std::fmt::Write;

use khabar_article::{Quote, QuoteKind};

/// Renders quotes as lines: `SPEAKER [kind, cue]: «text»`.
pub fn who_said_what(quotes: &[Quote]) -> String {
    let mut out = String::new();
    for q in quotes {
        let who = q.speaker.as_deref().unwrap_or("(غير محدد)");
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::AccordingTo => "according_to",
        };
        let ent = q
            .speaker_entity
            .as_deref()
            .map(|e| format!(" → {e}"))
            .unwrap_or_default();
        let cue = q
            .cue
            .as_deref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{who}{ent} [{kind}{cue}] {}–{}: «{}»",
            q.start, q.end, q.text
        );
    }
    out
}

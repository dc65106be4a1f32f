use super::*;
use khabar_article::EntityLabel;

/// Marks every occurrence of each `(name, label, canonical)` as an entity.
fn ents(text: &str, names: &[(&str, EntityLabel, &str)]) -> Vec<Entity> {
    let mut out = Vec::new();
    for (name, label, canonical) in names {
        for (b, _) in text.match_indices(name) {
            let start = text[..b].chars().count();
            out.push(Entity {
                text: name.to_string(),
                label: *label,
                start,
                end: start + name.chars().count(),
                canonical: canonical.to_string(),
            });
        }
    }
    out
}

fn run(text: &str, names: &[(&str, EntityLabel, &str)]) -> Vec<Quote> {
    let tokens = khabar_text::tokenize(text);
    let sentences = khabar_text::split_sentences(text);
    QuoteExtractor::new().extract(text, &tokens, &sentences, &ents(text, names))
}

fn check_offsets(text: &str, qs: &[Quote]) {
    for q in qs {
        assert_eq!(
            khabar_article::slice_chars(text, q.start, q.end),
            q.text,
            "offsets of {q:?}"
        );
    }
}

const P: EntityLabel = EntityLabel::Pers;
const O: EntityLabel = EntityLabel::Org;

#[test]
fn direct_quote_after_colon() {
    let t = "وقال غاتيلوف: «نحن ومن دون دعوة دي ميستورا، نفعل كلّ ما هو مطلوب منّا».";
    let qs = run(t, &[("غاتيلوف", P, "غينادي غاتيلوف")]);
    check_offsets(t, &qs);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].kind, QuoteKind::Direct);
    assert_eq!(qs[0].speaker.as_deref(), Some("غاتيلوف"));
    assert_eq!(qs[0].speaker_entity.as_deref(), Some("غينادي غاتيلوف"));
    assert!(qs[0].text.starts_with("نحن ومن دون"));
    assert!(qs[0].text.ends_with("منّا"));
}

#[test]
fn indirect_with_complementizer_and_description() {
    let t = "وذكرت وكالة سانا أنّ جلسة الأمس بين الوفد الحكومي ورمزي تطرّقت إلى سلة الدستور.";
    let qs = run(t, &[("سانا", O, "سانا")]);
    check_offsets(t, &qs);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].kind, QuoteKind::Indirect);
    assert_eq!(qs[0].speaker.as_deref(), Some("وكالة سانا"));
    assert_eq!(qs[0].speaker_entity.as_deref(), Some("سانا"));
    assert!(qs[0].text.starts_with("جلسة الأمس"));
    assert!(qs[0].text.ends_with("الدستور"));
}

#[test]
fn speaker_with_adjunct_before_complementizer() {
    let t = "وأشار لافروف، خلال مؤتمر صحافي في موسكو أمس، إلى أنّ اجتثاث التنظيمات الإرهابية يشكل مصلحة مشتركة للجميع .";
    let qs = run(t, &[("لافروف", P, "سيرغي لافروف")]);
    check_offsets(t, &qs);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker.as_deref(), Some("لافروف"));
    assert!(qs[0].text.starts_with("اجتثاث"));
    assert!(qs[0].text.ends_with("للجميع"));
}

#[test]
fn pro_drop_participle_and_split_quotes() {
    let t = "وقال لافروف: «إننا ندعو الجميع إلى تنسيق أنشطتهم معاً»، مشيراً إلى أنّ بلاده «عملت على هذا النهج مع الإدارة السابقة»، لافتاً إلى «عودة هذا المسار من جديد عن طريق منصّة أستانة».";
    let qs = run(t, &[("لافروف", P, "سيرغي لافروف")]);
    check_offsets(t, &qs);
    assert_eq!(qs.len(), 3, "{qs:#?}");
    for q in &qs {
        assert_eq!(q.speaker_entity.as_deref(), Some("سيرغي لافروف"), "{q:?}");
    }
    assert_eq!(qs[0].kind, QuoteKind::Direct);
    assert_eq!(qs[2].kind, QuoteKind::Direct);
    assert!(qs[2].text.starts_with("عودة"));
}

#[test]
fn boundaryless_subject_ends_after_last_person() {
    let t = "في سياق آخر، أكد وزير الخارجية المصري سامح شكري ونائب وزير الخارجية الروسي ميخائيل بوغدانوف ضرورة دعم كلّ الجهود الرامية للتوصل إلى حلّ سياسي.";
    let qs = run(
        t,
        &[
            ("سامح شكري", P, "سامح شكري"),
            ("ميخائيل بوغدانوف", P, "ميخائيل بوغدانوف"),
        ],
    );
    check_offsets(t, &qs);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(
        qs[0].speaker.as_deref().unwrap().ends_with("بوغدانوف"),
        "{qs:?}"
    );
    assert!(qs[0].text.starts_with("ضرورة دعم"));
}

#[test]
fn passive_and_name_quotes_are_not_statements() {
    let t = "يُشار إلى أنّ دي ميستورا يتواجد حالياً في الأردن. وقال مراسل \"الجوهرة أف أم\" إن المحتجين طالبوا بقدوم الوالي.";
    let qs = run(t, &[]);
    check_offsets(t, &qs);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(qs[0].text.starts_with("المحتجين"));
}

#[test]
fn according_to() {
    let t =
        "شن التنظيم ثلاث هجمات انتحارية على القوات الحكومية، وفقا للعضو في المركز الإعلامي رضا عيسى.";
    let qs = run(t, &[("رضا عيسى", P, "رضا عيسى")]);
    check_offsets(t, &qs);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].kind, QuoteKind::AccordingTo);
    assert_eq!(qs[0].speaker_entity.as_deref(), Some("رضا عيسى"));
}

#[test]
fn quote_then_cue() {
    let t = "«سنواصل العمل حتى تحقيق كل الأهداف المرسومة»، قال الوزير في ختام الاجتماع.";
    let qs = run(t, &[]);
    check_offsets(t, &qs);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].speaker.as_deref(), Some("الوزير"));
}

#[test]
fn empty_and_garbage_input() {
    assert!(run("", &[]).is_empty());
    let qs = run("«« »» \" قال : « ", &[]);
    check_offsets("«« »» \" قال : « ", &qs);
}

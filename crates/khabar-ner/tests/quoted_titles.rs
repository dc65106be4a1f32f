//! Titles in quotation marks after a word that announces them, through the embedded tagger
//! and the document pass: sentences written for this test in the style of the bundled ANT
//! sample. The model alone misses most of these titles (their words are common words) or
//! tags them as persons.

mod common;

use khabar_article::EntityLabel;

const TEXT: &str = "وقال الوزير في برنامج \"بوليتيكا\" إن الحكومة ستراجع الميزانية. \
وحصل فيلم \"نحبك هادي\" على جائزة أفضل ممثل، كما عرضت مسرحية «الناس وأنا» و«حوار من القلب». \
وأفادت جريدة \"الصباح\" بأن شركة \"بتروفاك\" استأنفت نشاطها.";

#[test]
fn quoted_titles_are_names_with_the_title_words_label() {
    let found = common::recognized(TEXT);
    common::assert_found(
        &found,
        &[
            ("بوليتيكا", EntityLabel::Misc),
            ("نحبك هادي", EntityLabel::Misc),
            ("الناس وأنا", EntityLabel::Misc),
            ("حوار من القلب", EntityLabel::Misc),
            ("الصباح", EntityLabel::Org),
            ("بتروفاك", EntityLabel::Org),
        ],
    );
    // The quotation marks stay outside the names.
    assert!(found.iter().all(|(t, _)| !t.contains(['"', '«', '»'])));
}

//! Tunisian news, the register of the bundled ANT sample: the embedded tagger on sentences
//! written for this test in the style of a Tunisian radio's news site. The names come from
//! the gazetteer's fifth batch (`data/gazetteer.tsv`); ANERcorp never has them, so without
//! the batch the model missed the radio and the town and cut the club's name short.

mod common;

use khabar_article::EntityLabel;

const TEXT: &str = "وأفاد مراسل الجوهرة أف أم بأن وحدات الحرس البحري أحبطت عملية اجتياز \
للحدود انطلاقا من سواحل جرجيس. وتحتضن مدينة بن قردان غدا قافلة صحية. ويستقبل الترجي الرياضي \
التونسي الملعب القابسي على ملعب رادس يوم الأحد.";

#[test]
fn finds_tunisian_media_towns_and_clubs_whole() {
    let found = common::recognized(TEXT);
    common::assert_found(
        &found,
        &[
            ("الجوهرة أف أم", EntityLabel::Org),
            ("جرجيس", EntityLabel::Loc),
            ("بن قردان", EntityLabel::Loc),
            ("الترجي الرياضي التونسي", EntityLabel::Org),
            ("رادس", EntityLabel::Loc),
        ],
    );
}

//! HTML to article: encoding detection, main-content extraction, metadata

#![warn(missing_docs)]

//! JSON API and right-to-left Arabic web page over a Khabar archive

#![warn(missing_docs)]

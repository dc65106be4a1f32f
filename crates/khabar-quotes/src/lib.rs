//! Quotation and speaker attribution for Arabic news

#![warn(missing_docs)]

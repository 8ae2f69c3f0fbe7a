//! Share links made and read in the browser. The core writes and checks everything in a link
//! (`goal_ladder_core::classroom::share`); the deflating itself is the browser's own
//! `CompressionStream` / `DecompressionStream` with `"deflate-raw"`, so the wasm carries no deflate code.
//! The format is the one earlier builds wrote with miniz_oxide in the wasm (raw deflate, RFC 1951), so
//! their links open as before.

use goal_ladder_core::classroom::{
    link_json, pack_share, unpack_share, InflateError, ShareError, SharePayload,
};
use goal_ladder_core::limits::MAX_LINK_JSON_BYTES;
use goal_ladder_core::Lang;
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStream, ReadableStreamDefaultReader, WritableStream};

use crate::classroom::messages::share_error_text;
use crate::i18n::T;

// web-sys has these two behind its unstable-API flag (which would apply to all of web-sys): the few
// members used here are declared instead. In a browser without them, `new` fails with a ReferenceError.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// The format of the links' content: raw deflate (RFC 1951), no zlib or gzip header.
const DEFLATE_RAW: &str = "deflate-raw";

/// Why a link could not be made or read here.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkError {
    Share(ShareError),
    /// The browser has no `"deflate-raw"` compression stream (Chrome and Edge before 103, Firefox before
    /// 113, Safari before 16.4).
    Unsupported,
}

impl LinkError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            LinkError::Share(e) => share_error_text(e, lang),
            LinkError::Unsupported => T::LinkNeedsNewerBrowser.get(lang).to_string(),
        }
    }
}

/// Link data (the part after `#`) for a plan or an exercise.
pub async fn encode_link(payload: &SharePayload) -> Result<String, LinkError> {
    let json = link_json(payload);
    let stream = CompressionStream::new(DEFLATE_RAW).map_err(|_| LinkError::Unsupported)?;
    // Deflating valid input does not fail: a failure here is a browser that cannot.
    let deflated = pipe(
        &stream.writable(),
        &stream.readable(),
        json.as_bytes(),
        usize::MAX,
    )
    .await
    .map_err(|_| LinkError::Unsupported)?;
    pack_share(payload.kind(), &deflated).map_err(LinkError::Share)
}

/// Reads link data: the core checks the tag, the base64 and the checksum, the browser inflates (stopping
/// once the JSON would pass `MAX_LINK_JSON_BYTES`), the core reads the file.
pub async fn decode_link(fragment: &str) -> Result<SharePayload, LinkError> {
    let packed = unpack_share(fragment).map_err(LinkError::Share)?;
    let stream = DecompressionStream::new(DEFLATE_RAW).map_err(|_| LinkError::Unsupported)?;
    let inflated = pipe(
        &stream.writable(),
        &stream.readable(),
        packed.deflated(),
        MAX_LINK_JSON_BYTES,
    )
    .await;
    packed.read(inflated).map_err(LinkError::Share)
}

/// Sends `input` through a compression or decompression stream and reads what comes out, cancelling the
/// stream as soon as the output would pass `limit` bytes: a small link never grows past it in memory.
async fn pipe(
    writable: &WritableStream,
    readable: &ReadableStream,
    input: &[u8],
    limit: usize,
) -> Result<Vec<u8>, InflateError> {
    let writer = writable.get_writer().map_err(|_| InflateError::Corrupt)?;
    let reader: ReadableStreamDefaultReader = readable.get_reader().unchecked_into();
    // Neither is awaited before reading: the stream takes the input as the reads below make room. Each
    // promise is handed to a JsFuture at once, which handles its rejection (no "uncaught" error).
    let wrote = JsFuture::from(writer.write_with_chunk(&Uint8Array::from(input)));
    let _closed = JsFuture::from(writer.close());
    let mut out = Vec::new();
    loop {
        let chunk = match JsFuture::from(reader.read()).await {
            Ok(chunk) => chunk,
            // A cut deflate stream is valid as far as it goes: the input is taken without error, and the
            // stream fails only when closed. Any other failure is data that is not deflate.
            Err(_) => {
                return Err(if wrote.await.is_ok() {
                    InflateError::Truncated
                } else {
                    InflateError::Corrupt
                })
            }
        };
        let done = Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(out);
        }
        let Ok(bytes) = Reflect::get(&chunk, &JsValue::from_str("value"))
            .and_then(|v| v.dyn_into::<Uint8Array>())
        else {
            return Err(InflateError::Corrupt);
        };
        let len = bytes.length() as usize;
        if len > limit.saturating_sub(out.len()) {
            // Stops the stream: nothing more is inflated.
            let _cancelled = JsFuture::from(reader.cancel());
            return Err(InflateError::OverLimit);
        }
        let start = out.len();
        out.resize(start + len, 0);
        bytes.copy_to(&mut out[start..]);
    }
}

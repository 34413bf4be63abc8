//! Library shims exposed to scripts (placeholder until the libraries land).

/// Defines the library globals and `__cogman_libs` on the context's global object.
pub(crate) fn install(_ctx: &rquickjs::Ctx<'_>) -> rquickjs::Result<()> {
    Ok(())
}

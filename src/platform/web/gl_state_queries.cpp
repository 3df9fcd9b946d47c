// The state queries of Dear ImGui's OpenGL3 renderer, answered without asking WebGL.
//
// imgui_impl_opengl3 reads back about twenty pieces of GL state every frame (bindings, blend, enables) to
// restore them after drawing. In a browser each query is a synchronous WebGL getParameter call; measured
// in headless Chromium they cost more of a frame than drawing the article. Nothing but that renderer
// draws on this canvas, and it leaves the state as it found it, so the state before it is always GL's
// initial one: these answers are those initial values (src/app/CMakeLists.txt points the renderer's
// glGetIntegerv and glIsEnabled here); the viewport is the drawing buffer's, as the frame loop sets it.
// Anything else (versions, limits) is asked of WebGL as before.
#include <GLES3/gl3.h>
#include <emscripten/html5.h>

extern "C" {

void glossa_gl_get_integerv(GLenum pname, GLint* data) {
  switch (pname) {
    case GL_ACTIVE_TEXTURE: *data = GL_TEXTURE0; return;
    case GL_CURRENT_PROGRAM:
    case GL_TEXTURE_BINDING_2D:
    case GL_SAMPLER_BINDING:
    case GL_ARRAY_BUFFER_BINDING:
    case GL_ELEMENT_ARRAY_BUFFER_BINDING:
    case GL_VERTEX_ARRAY_BINDING: *data = 0; return;
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_SRC_ALPHA: *data = GL_ONE; return;
    case GL_BLEND_DST_RGB:
    case GL_BLEND_DST_ALPHA: *data = GL_ZERO; return;
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA: *data = GL_FUNC_ADD; return;
    // The frame loop sets the viewport to the whole drawing buffer before the renderer runs; the scissor
    // box only matters with the scissor test on, which the renderer turns on and sets itself.
    case GL_VIEWPORT:
    case GL_SCISSOR_BOX: {
      int w = 0, h = 0;
      emscripten_webgl_get_drawing_buffer_size(emscripten_webgl_get_current_context(), &w, &h);
      data[0] = 0, data[1] = 0, data[2] = w, data[3] = h;
      return;
    }
    default: glGetIntegerv(pname, data);
  }
}

GLboolean glossa_gl_is_enabled(GLenum cap) {
  switch (cap) {
    case GL_BLEND:
    case GL_CULL_FACE:
    case GL_DEPTH_TEST:
    case GL_STENCIL_TEST:
    case GL_SCISSOR_TEST: return GL_FALSE;
    default: return glIsEnabled(cap);
  }
}

}  // extern "C"

#include "image/JpegWriter.h"

// libjpeg's headers need FILE and size_t declared first.
#include <cstdio>
// clang-format off
#include <jpeglib.h>
#include <jerror.h>
// clang-format on

#include <csetjmp>
#include <cstdlib>
#include <string>

#include "util/Error.h"

namespace taxa {

namespace {

struct WriterError {
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void onError(j_common_ptr c) {
    auto* e = reinterpret_cast<WriterError*>(c->err);
    (*c->err->format_message)(c, e->message);
    std::longjmp(e->jump, 1);
}

// Owns the compressor and libjpeg's output buffer; errors longjmp back to encodeJpeg.
struct Compressor {
    jpeg_compress_struct cinfo{};
    WriterError err{};
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    Compressor() {
        cinfo.err = jpeg_std_error(&err.pub);
        err.pub.error_exit = onError;
        jpeg_create_compress(&cinfo);
        jpeg_mem_dest(&cinfo, &buffer, &size);
    }
    ~Compressor() {
        jpeg_destroy_compress(&cinfo);
        std::free(buffer);
    }
};

}  // namespace

std::vector<unsigned char> encodeJpeg(const uint8_t* pixels, int width, int height, size_t stride,
                                      PixelOrder order, int quality) {
    if (!pixels || width <= 0 || height <= 0 || stride < size_t(width) * 3)
        throw Error("JPEG encoding: bad image geometry");
    if (quality < 1 || quality > 100) throw Error("JPEG encoding: quality must be 1..100");
    Compressor c;  // constructed before setjmp so that a longjmp skips no destructor
    if (setjmp(c.err.jump)) throw Error(std::string("JPEG encoding failed: ") + c.err.message);
    c.cinfo.image_width = static_cast<JDIMENSION>(width);
    c.cinfo.image_height = static_cast<JDIMENSION>(height);
    c.cinfo.input_components = 3;
    // libjpeg-turbo reads BGR rows itself: no converted copy of the image.
    c.cinfo.in_color_space = order == PixelOrder::Bgr ? JCS_EXT_BGR : JCS_RGB;
    jpeg_set_defaults(&c.cinfo);
    jpeg_set_quality(&c.cinfo, quality, TRUE);
    jpeg_start_compress(&c.cinfo, TRUE);
    while (c.cinfo.next_scanline < c.cinfo.image_height) {
        auto* row = const_cast<JSAMPROW>(pixels + size_t(c.cinfo.next_scanline) * stride);
        jpeg_write_scanlines(&c.cinfo, &row, 1);
    }
    jpeg_finish_compress(&c.cinfo);
    return std::vector<unsigned char>(c.buffer, c.buffer + c.size);
}

}  // namespace taxa

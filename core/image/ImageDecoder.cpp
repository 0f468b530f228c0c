#include "image/ImageDecoder.h"

// libjpeg's headers need FILE and size_t declared first.
#include <cstdio>
// clang-format off
#include <jpeglib.h>
#include <jerror.h>
// clang-format on

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

#include "image/ImageError.h"
#include "image/PngDecoder.h"

namespace taxa {

namespace {

bool isJpeg(const uint8_t* d, size_t n) {
    return n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF;
}

void checkPixels(int64_t w, int64_t h, int64_t maxPixels) {
    if (w <= 0 || h <= 0) throw ImageError(BadImageKind::Corrupt, "image has no pixels");
    if (w * h > maxPixels)
        throw ImageError(BadImageKind::TooLarge,
                         "image of " + std::to_string(w) + " x " + std::to_string(h) +
                             " pixels exceeds the limit of " + std::to_string(maxPixels));
}

void checkNotEmpty(size_t n) {
    if (n == 0) throw ImageError(BadImageKind::Empty, "empty file");
}

// A complete JPEG ends with the EOI marker (FF D9), possibly followed by a little padding.
// Inside entropy-coded data FF is always followed by 00 or a restart marker, so finding FF D9
// in the tail is a reliable test for truncation whatever part of the image a crop needs.
void checkJpegComplete(const uint8_t* d, size_t n) {
    const size_t from = n > 65536 ? n - 65536 : 2;
    for (size_t i = n - 1; i > from; --i)
        if (d[i] == 0xD9 && d[i - 1] == 0xFF) return;
    throw ImageError(BadImageKind::Truncated, "truncated JPEG (no end-of-image marker)");
}

struct JpegError {
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void onJpegError(j_common_ptr c) {
    auto* e = reinterpret_cast<JpegError*>(c->err);
    (*c->err->format_message)(c, e->message);
    std::longjmp(e->jump, 1);
}

// Running out of data is the one warning that means the picture is wrong; others (stray bytes
// between markers) are common in real files and harmless.
void onJpegMessage(j_common_ptr c, int level) {
    if (level < 0 && c->err->msg_code == JWRN_JPEG_EOF) onJpegError(c);
}

// Owns a decompressor; libjpeg's errors longjmp back into decodeJpeg, which throws.
struct Decompressor {
    jpeg_decompress_struct cinfo{};
    JpegError err{};
    Decompressor(const uint8_t* data, size_t size) {
        cinfo.err = jpeg_std_error(&err.pub);
        err.pub.error_exit = onJpegError;
        err.pub.emit_message = onJpegMessage;
        jpeg_create_decompress(&cinfo);
        jpeg_mem_src(&cinfo, data, static_cast<unsigned long>(size));
    }
    ~Decompressor() { jpeg_destroy_decompress(&cinfo); }
};

struct Span {
    int lo, hi;
};

// Integer rows/columns [lo, hi) of a dimension of `out` scaled pixels covering [x, x + w).
Span cover(double x, double w, double scale, int out) {
    int lo = static_cast<int>(std::floor(x * scale));
    int hi = static_cast<int>(std::ceil((x + w) * scale));
    lo = std::clamp(lo, 0, out - 1);
    hi = std::clamp(hi, lo + 1, out);
    return {lo, hi};
}

// CMYK and YCCK JPEGs (print workflows) come out of libjpeg as CMYK, which it cannot turn into
// RGB itself. Photoshop writes them inverted (an Adobe marker says so), as djpeg assumes too.
void cmykRowToRgb(const uint8_t* cmyk, uint8_t* rgb, int width, bool inverted) {
    for (int x = 0; x < width; ++x, cmyk += 4, rgb += 3) {
        const int k = inverted ? cmyk[3] : 255 - cmyk[3];
        for (int c = 0; c < 3; ++c)
            rgb[c] = static_cast<uint8_t>((inverted ? cmyk[c] : 255 - cmyk[c]) * k / 255);
    }
}

// Decodes a region of a JPEG into `out`. All C++ objects live before the setjmp so that a
// longjmp never skips a destructor.
void decodeJpeg(const uint8_t* data, size_t size, const Box& box, int forcedScale, int minW,
                int minH, int64_t maxPixels, DecodedRegion& out) {
    Decompressor d(data, size);
    std::vector<uint8_t> cmykRow;
    if (setjmp(d.err.jump))
        throw ImageError(BadImageKind::Corrupt, std::string("corrupt JPEG: ") + d.err.message);
    jpeg_read_header(&d.cinfo, TRUE);
    checkPixels(d.cinfo.image_width, d.cinfo.image_height, maxPixels);
    const bool cmyk = d.cinfo.jpeg_color_space == JCS_CMYK || d.cinfo.jpeg_color_space == JCS_YCCK;
    const int scaleNum = forcedScale > 0 ? forcedScale : chooseJpegScale(box.w, box.h, minW, minH);
    d.cinfo.scale_num = static_cast<unsigned>(scaleNum);
    d.cinfo.scale_denom = 8;
    d.cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
    jpeg_start_decompress(&d.cinfo);
    const int ow = static_cast<int>(d.cinfo.output_width),
              oh = static_cast<int>(d.cinfo.output_height);
    out.scaleX = static_cast<double>(ow) / d.cinfo.image_width;
    out.scaleY = static_cast<double>(oh) / d.cinfo.image_height;
    out.scaleNum = scaleNum;
    const Span xs = cover(box.x, box.w, out.scaleX, ow), ys = cover(box.y, box.h, out.scaleY, oh);
    JDIMENSION xoff = static_cast<JDIMENSION>(xs.lo),
               width = static_cast<JDIMENSION>(xs.hi - xs.lo);
    // Cropping aligns to iMCU columns: the decoded strip may start left of the box.
    if (static_cast<int>(width) < ow) jpeg_crop_scanline(&d.cinfo, &xoff, &width);
    if (ys.lo > 0) jpeg_skip_scanlines(&d.cinfo, static_cast<JDIMENSION>(ys.lo));
    out.rgb.create(ys.hi - ys.lo, static_cast<int>(width), CV_8UC3);
    if (cmyk) cmykRow.resize(size_t(width) * 4);
    while (static_cast<int>(d.cinfo.output_scanline) < ys.hi) {
        uint8_t* dst = out.rgb.ptr<uint8_t>(static_cast<int>(d.cinfo.output_scanline) - ys.lo);
        JSAMPROW row = cmyk ? cmykRow.data() : dst;
        jpeg_read_scanlines(&d.cinfo, &row, 1);
        if (cmyk) cmykRowToRgb(row, dst, static_cast<int>(width), d.cinfo.saw_Adobe_marker);
    }
    jpeg_abort_decompress(&d.cinfo);  // the rows below the box are never decoded
    out.box = {xoff / out.scaleX, ys.lo / out.scaleY, width / out.scaleX,
               (ys.hi - ys.lo) / out.scaleY};
}

[[noreturn]] void unsupported() {
    throw ImageError(BadImageKind::NotAnImage, "not a JPEG or PNG image (the only formats read)");
}

}  // namespace

int chooseJpegScale(double boxW, double boxH, int minW, int minH) {
    // Any eighth: libjpeg-turbo's scaled IDCTs for 3/8, 5/8, 6/8, 7/8 are scalar, but decoding
    // fewer pixels and resizing less still beats the next SIMD size up (measured with
    // `taxa-cli bench pipeline`: eval 381 -> 448 images/s).
    for (int m : {1, 2, 3, 4, 5, 6, 7})
        if (boxW * m / 8.0 >= minW && boxH * m / 8.0 >= minH) return m;
    return 8;
}

ImageSize readImageSize(const uint8_t* data, size_t size, int64_t maxPixels) {
    checkNotEmpty(size);
    if (isJpeg(data, size)) {
        Decompressor d(data, size);
        if (setjmp(d.err.jump))
            throw ImageError(BadImageKind::Corrupt, std::string("corrupt JPEG: ") + d.err.message);
        jpeg_read_header(&d.cinfo, TRUE);
        checkPixels(d.cinfo.image_width, d.cinfo.image_height, maxPixels);
        return {static_cast<int>(d.cinfo.image_width), static_cast<int>(d.cinfo.image_height)};
    }
    if (isPngData(data, size)) return pngSize(data, size, maxPixels);
    unsupported();
}

DecodedRegion decodeRegion(const uint8_t* data, size_t size, const Box& box, int minWidth,
                           int minHeight, int64_t maxPixels) {
    checkNotEmpty(size);
    DecodedRegion out;
    if (isJpeg(data, size)) {
        checkJpegComplete(data, size);
        decodeJpeg(data, size, box, 0, minWidth, minHeight, maxPixels, out);
        return out;
    }
    if (!isPngData(data, size)) unsupported();
    const cv::Mat rgb = decodePng(data, size, maxPixels);
    const Span xs = cover(box.x, box.w, 1.0, rgb.cols), ys = cover(box.y, box.h, 1.0, rgb.rows);
    out.rgb = rgb(cv::Range(ys.lo, ys.hi), cv::Range(xs.lo, xs.hi)).clone();
    out.box = {double(xs.lo), double(ys.lo), double(xs.hi - xs.lo), double(ys.hi - ys.lo)};
    return out;
}

cv::Mat decodeWhole(const uint8_t* data, size_t size, int scaleNum, int64_t maxPixels) {
    checkNotEmpty(size);
    const ImageSize s = readImageSize(data, size, maxPixels);
    const Box all{0, 0, double(s.width), double(s.height)};
    if (!isJpeg(data, size)) return decodePng(data, size, maxPixels);
    DecodedRegion out;
    decodeJpeg(data, size, all, scaleNum, 1, 1, maxPixels, out);
    return out.rgb;
}

}  // namespace taxa

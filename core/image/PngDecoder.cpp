#include "image/PngDecoder.h"

#include <spng.h>

#include <algorithm>
#include <memory>
#include <string>

#include "image/ImageError.h"

namespace taxa {

namespace {

// Chunks (text, ICC profiles) larger than this are refused: a photo needs none of them, and
// a hostile file could otherwise make the decoder buffer gigabytes.
constexpr size_t kMaxChunkBytes = 64u << 20;

struct CtxFree {
    void operator()(spng_ctx* c) const { spng_ctx_free(c); }
};
using Ctx = std::unique_ptr<spng_ctx, CtxFree>;

[[noreturn]] void fail(int err) {
    const BadImageKind kind = err == SPNG_EOF ? BadImageKind::Truncated : BadImageKind::Corrupt;
    throw ImageError(kind, std::string(err == SPNG_EOF ? "truncated PNG" : "corrupt PNG") + ": " +
                               spng_strerror(err));
}

void check(int err) {
    if (err) fail(err);
}

void checkPixels(int64_t w, int64_t h, int64_t maxPixels) {
    if (w <= 0 || h <= 0) throw ImageError(BadImageKind::Corrupt, "image has no pixels");
    if (w * h > maxPixels)
        throw ImageError(BadImageKind::TooLarge,
                         "image of " + std::to_string(w) + " x " + std::to_string(h) +
                             " pixels exceeds the limit of " + std::to_string(maxPixels));
}

uint32_t bigEndian32(const uint8_t* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}

// Opens the context and reads the header, refusing oversized images before any inflating.
Ctx open(const uint8_t* data, size_t size, int64_t maxPixels, spng_ihdr& ihdr) {
    // The size fields of IHDR (always the first chunk) are read before libspng checks the
    // chunk: a decompression bomb is "too large" whatever else is wrong with it.
    if (size >= 24) checkPixels(bigEndian32(data + 16), bigEndian32(data + 20), maxPixels);
    Ctx ctx(spng_ctx_new(0));
    if (!ctx) throw ImageError(BadImageKind::Corrupt, "PNG decoder could not start");
    check(spng_set_chunk_limits(ctx.get(), kMaxChunkBytes, kMaxChunkBytes));
    check(spng_set_png_buffer(ctx.get(), data, size));
    check(spng_get_ihdr(ctx.get(), &ihdr));
    checkPixels(ihdr.width, ihdr.height, maxPixels);
    return ctx;
}

}  // namespace

bool isPngData(const uint8_t* data, size_t size) {
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    return size >= 8 && std::equal(sig, sig + 8, data);
}

ImageSize pngSize(const uint8_t* data, size_t size, int64_t maxPixels) {
    spng_ihdr ihdr{};
    open(data, size, maxPixels, ihdr);
    return {static_cast<int>(ihdr.width), static_cast<int>(ihdr.height)};
}

cv::Mat decodePng(const uint8_t* data, size_t size, int64_t maxPixels) {
    spng_ihdr ihdr{};
    Ctx ctx = open(data, size, maxPixels, ihdr);
    size_t bytes = 0;
    check(spng_decoded_image_size(ctx.get(), SPNG_FMT_RGB8, &bytes));
    cv::Mat rgb(static_cast<int>(ihdr.height), static_cast<int>(ihdr.width), CV_8UC3);
    if (bytes != rgb.total() * rgb.elemSize())
        throw ImageError(BadImageKind::Corrupt, "corrupt PNG: unexpected decoded size");
    check(spng_decode_image(ctx.get(), rgb.data, bytes, SPNG_FMT_RGB8, 0));
    return rgb;
}

}  // namespace taxa

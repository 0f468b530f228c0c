#include "geo/CoastlineFile.h"

#include <cstring>

#include "util/Error.h"

namespace taxa::geo {

namespace {

constexpr std::string_view kMagic = "TXCOAST1";

template <class T>
void put(std::string& out, const T* values, size_t n) {
    out.append(reinterpret_cast<const char*>(values), n * sizeof(T));
}

void putU32(std::string& out, uint32_t v) {
    put(out, &v, 1);
}

class Reader {
  public:
    Reader(std::string_view bytes, const std::string& label) : b_(bytes), label_(label) {}
    template <class T>
    void read(T* out, size_t n, const char* what) {
        const size_t bytes = n * sizeof(T);
        if (b_.size() - at_ < bytes)
            throw Error(label_ + ": truncated coastline file (in the " + what + ")");
        if (bytes) std::memcpy(out, b_.data() + at_, bytes);
        at_ += bytes;
    }
    uint32_t u32(const char* what) {
        uint32_t v = 0;
        read(&v, 1, what);
        return v;
    }
    void align4() { at_ = (at_ + 3) & ~size_t(3); }
    bool done() const { return at_ == b_.size(); }

  private:
    std::string_view b_;
    const std::string& label_;
    size_t at_ = 0;
};

CoastLayer readLayer(Reader& r, const std::string& label) {
    CoastLayer layer;
    const uint32_t polylines = r.u32("layer header"), points = r.u32("layer header");
    if (polylines > (1u << 24) || points > (1u << 26))
        throw Error(label + ": coastline layer too large (damaged file)");
    layer.start.resize(polylines + 1);
    layer.level.resize(polylines);
    layer.lon.resize(points);
    layer.lat.resize(points);
    r.read(layer.start.data(), layer.start.size(), "polyline offsets");
    r.read(layer.level.data(), layer.level.size(), "polyline levels");
    r.align4();
    r.read(layer.lon.data(), points, "longitudes");
    r.read(layer.lat.data(), points, "latitudes");
    if (layer.start.front() != 0 || layer.start.back() != points)
        throw Error(label + ": coastline polyline offsets are damaged");
    for (size_t i = 1; i < layer.start.size(); ++i)
        if (layer.start[i] < layer.start[i - 1])
            throw Error(label + ": coastline polyline offsets are damaged");
    return layer;
}

}  // namespace

std::string serializeCoastlines(const Coastlines& c) {
    std::string out(kMagic);
    putU32(out, static_cast<uint32_t>(c.layers.size()));
    for (const CoastLayer& l : c.layers) {
        putU32(out, static_cast<uint32_t>(l.polylines()));
        putU32(out, static_cast<uint32_t>(l.lon.size()));
        put(out, l.start.data(), l.start.size());
        put(out, l.level.data(), l.level.size());
        out.append((4 - out.size() % 4) % 4, '\0');
        put(out, l.lon.data(), l.lon.size());
        put(out, l.lat.data(), l.lat.size());
    }
    return out;
}

Coastlines parseCoastlines(std::string_view bytes, const std::string& label) {
    if (bytes.substr(0, kMagic.size()) != kMagic)
        throw Error(label + ": not a coastline file (it does not start with TXCOAST1)");
    Reader r(bytes.substr(kMagic.size()), label);
    const uint32_t layers = r.u32("header");
    if (layers > 16) throw Error(label + ": too many coastline layers (damaged file)");
    Coastlines c;
    for (uint32_t i = 0; i < layers; ++i)
        c.layers.push_back(readLayer(r, label));
    if (!r.done()) throw Error(label + ": bytes after the last coastline layer (damaged file)");
    return c;
}

}  // namespace taxa::geo

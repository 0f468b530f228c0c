#include "geo/CoastlineFile.h"

#include <algorithm>
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

LandMask readMask(Reader& r, const std::string& label) {
    LandMask m;
    const uint32_t w = r.u32("land mask"), h = r.u32("land mask");
    if (w > 100000 || h > 100000) throw Error(label + ": land mask too large (damaged file)");
    m.width = static_cast<int>(w);
    m.height = static_cast<int>(h);
    m.rowStart.resize(h + 1);
    r.read(m.rowStart.data(), m.rowStart.size(), "land mask rows");
    if (m.rowStart.front() != 0 || m.rowStart.back() > (1u << 26))
        throw Error(label + ": land mask rows are damaged");
    m.runs.resize(m.rowStart.back());
    r.read(m.runs.data(), m.runs.size(), "land mask runs");
    for (uint32_t y = 0; y < h; ++y) {
        if (m.rowStart[y + 1] < m.rowStart[y]) throw Error(label + ": land mask rows are damaged");
        uint32_t sum = 0;
        for (uint32_t i = m.rowStart[y]; i < m.rowStart[y + 1]; ++i)
            sum += m.runs[i];
        if (sum != w) throw Error(label + ": land mask row " + std::to_string(y) + " is damaged");
    }
    return m;
}

}  // namespace

LandMask LandMask::encode(const std::vector<uint8_t>& cells, int width, int height) {
    LandMask m;
    m.width = width;
    m.height = height;
    m.rowStart.push_back(0);
    for (int y = 0; y < height; ++y) {
        const uint8_t* row = cells.data() + static_cast<size_t>(y) * static_cast<size_t>(width);
        bool land = false;
        int x = 0;
        while (x < width) {
            int n = 0;
            while (x < width && (row[x] != 0) == land)
                ++x, ++n;
            m.runs.push_back(static_cast<uint16_t>(n));
            land = !land;
        }
        m.rowStart.push_back(static_cast<uint32_t>(m.runs.size()));
    }
    return m;
}

std::vector<uint8_t> LandMask::decode() const {
    std::vector<uint8_t> cells(static_cast<size_t>(width) * static_cast<size_t>(height), 0);
    for (int y = 0; y < height; ++y) {
        size_t x = static_cast<size_t>(y) * static_cast<size_t>(width);
        for (uint32_t i = rowStart[static_cast<size_t>(y)];
             i < rowStart[static_cast<size_t>(y) + 1]; ++i) {
            if ((i - rowStart[static_cast<size_t>(y)]) % 2 == 1)
                std::fill(cells.begin() + static_cast<long>(x),
                          cells.begin() + static_cast<long>(x + runs[i]), 1);
            x += runs[i];
        }
    }
    return cells;
}

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
    out.append((4 - out.size() % 4) % 4, '\0');
    putU32(out, static_cast<uint32_t>(c.land.width));
    putU32(out, static_cast<uint32_t>(c.land.height));
    if (c.land.height)
        put(out, c.land.rowStart.data(), c.land.rowStart.size());
    else
        putU32(out, 0);
    put(out, c.land.runs.data(), c.land.runs.size());
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
    r.align4();
    c.land = readMask(r, label);
    if (!r.done()) throw Error(label + ": bytes after the last coastline layer (damaged file)");
    return c;
}

}  // namespace taxa::geo

// gshhg-to-coast: converts GSHHG's binned netCDF shorelines (Debian's gmt-gshhg-low) into the
// small polyline file the map reads (core/geo/CoastlineFile.h), at build time, so that the GUI
// never links netCDF. The last file given (the finest) also yields the land mask.
//
// The binned format, as GMT's gmt_shore.c reads it: the world is cut into square bins of
// Bin_size_in_minutes, numbered row by row from the north-west (bin b has its south-west
// corner at longitude (b % nx) * size, latitude 90 - (b / nx + 1) * size). A bin's segments
// are Id_of_first_segment_in_a_bin .. + N_segments_in_a_bin; a segment's points start at
// Id_of_first_point_in_a_segment, and Embedded_npts_levels_exit_entry_for_a_segment packs
// (points << 9) | (level << 6) | (entry << 3) | exit. Points are unsigned 16-bit offsets from
// the bin's south-west corner in 1/65535 of the bin size. Levels: 1 land, 2 lake, 3 island in
// a lake, 4 pond, 5 Antarctica's ice front, 6 its grounding line (not drawn, as GMT by
// default); Embedded_ANT_flag marks ice-front segments too.

#include <netcdf.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "CoastRings.h"
#include "geo/CoastlineFile.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace {

using taxa::Error;

// Land mask cells: 0.1 degree.
constexpr int kMaskWidth = 3600;

class NcFile {
  public:
    explicit NcFile(const std::string& path) : path_(path) {
        if (nc_open(path.c_str(), NC_NOWRITE, &id_) != NC_NOERR)
            throw Error(path + ": cannot open as netCDF (is gmt-gshhg-low installed?)");
    }
    ~NcFile() { nc_close(id_); }
    NcFile(const NcFile&) = delete;
    NcFile& operator=(const NcFile&) = delete;

    int varId(const char* name) const {
        int v = -1;
        if (nc_inq_varid(id_, name, &v) != NC_NOERR)
            throw Error(path_ + ": no variable " + name + " (not a GSHHG binned file)");
        return v;
    }
    int scalar(const char* name) const {
        int value = 0;
        const size_t at = 0;
        if (nc_get_var1_int(id_, varId(name), &at, &value) != NC_NOERR)
            throw Error(path_ + ": cannot read " + name);
        return value;
    }
    std::vector<int> ints(const char* name, size_t n) const {
        std::vector<int> v(n);
        if (n && nc_get_var_int(id_, varId(name), v.data()) != NC_NOERR)
            throw Error(path_ + ": cannot read " + name);
        return v;
    }
    // Stored as signed shorts that hold unsigned offsets: read the bits, then reinterpret.
    std::vector<uint16_t> offsets(const char* name, size_t n) const {
        std::vector<short> raw(n);
        if (n && nc_get_var_short(id_, varId(name), raw.data()) != NC_NOERR)
            throw Error(path_ + ": cannot read " + name);
        return std::vector<uint16_t>(raw.begin(), raw.end());
    }

  private:
    std::string path_;
    int id_ = -1;
};

int16_t hundredths(double degrees) {
    return static_cast<int16_t>(std::lround(degrees * 100.0));
}

std::vector<Piece> readPieces(const std::string& path) {
    const NcFile nc(path);
    const int binMinutes = nc.scalar("Bin_size_in_minutes");
    const int nx = nc.scalar("N_bins_in_360_longitude_range");
    const auto bins = static_cast<size_t>(nc.scalar("N_bins_in_file"));
    const auto segments = static_cast<size_t>(nc.scalar("N_segments_in_file"));
    const auto points = static_cast<size_t>(nc.scalar("N_points_in_file"));
    const auto firstSeg = nc.ints("Id_of_first_segment_in_a_bin", bins);
    const auto binSegs = nc.ints("N_segments_in_a_bin", bins);
    const auto info = nc.ints("Embedded_npts_levels_exit_entry_for_a_segment", segments);
    const auto firstPoint = nc.ints("Id_of_first_point_in_a_segment", segments);
    const auto antarctic = nc.ints("Embedded_ANT_flag", segments);
    const auto dx = nc.offsets("Relative_longitude_from_SW_corner_of_bin", points);
    const auto dy = nc.offsets("Relative_latitude_from_SW_corner_of_bin", points);
    const double size = binMinutes / 60.0, scale = size / 65535.0;
    std::vector<Piece> pieces;
    for (size_t b = 0; b < bins; ++b) {
        const double west = static_cast<double>(b % static_cast<size_t>(nx)) * size;
        const double south = 90.0 - static_cast<double>(b / static_cast<size_t>(nx) + 1) * size;
        for (int s = firstSeg[b]; s < firstSeg[b] + binSegs[b]; ++s) {
            const auto seg = static_cast<size_t>(s);
            int level = (info[seg] >> 6) & 7;
            const int n = info[seg] >> 9;
            // Antarctica's ice front (flagged, or level 5) is its shore; level 6, the grounding
            // line under the ice shelves, is left out, as GMT does by default.
            if (antarctic[seg] || level == 5) level = 1;
            if (level < 1 || level > 2) continue;  // islands in lakes, ponds, grounding line
            Piece piece;
            piece.level = static_cast<uint8_t>(level);
            for (int p = 0; p < n; ++p) {
                const auto at = static_cast<size_t>(firstPoint[seg] + p);
                double lon = west + dx[at] * scale;
                // Bins east of 180 hold longitudes up to 360; a point on 180 itself belongs to
                // the bin's side of the date line.
                if (lon > 180.0 || (lon == 180.0 && west >= 180.0)) lon -= 360.0;
                piece.points.emplace_back(hundredths(lon), hundredths(south + dy[at] * scale));
            }
            if (piece.points.size() >= 2) pieces.push_back(std::move(piece));
        }
    }
    return pieces;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr,
                     "usage: gshhg-to-coast OUT binned_GSHHS_c.nc [binned_GSHHS_l.nc...]\n");
        return 2;
    }
    try {
        taxa::geo::Coastlines coast;
        std::vector<Ring> finest;
        for (int i = 2; i < argc; ++i) {
            std::vector<Ring> rings = chainRings(readPieces(argv[i]));
            coast.layers.push_back(toLayer(rings));
            std::printf("%s: %zu polylines, %zu points\n", argv[i], coast.layers.back().polylines(),
                        coast.layers.back().lon.size());
            finest = std::move(rings);
        }
        coast.land = landMask(finest, kMaskWidth, kMaskWidth / 2);
        taxa::writeFileAtomic(argv[1], taxa::geo::serializeCoastlines(coast));
    } catch (const taxa::Error& e) {
        std::fprintf(stderr, "gshhg-to-coast: %s\n", e.what());
        return 1;
    }
    return 0;
}

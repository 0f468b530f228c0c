#include "dataset/DemoRanges.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace taxa {

namespace {

// Chance that a species of a genus shares its first congener's region (else it lives apart).
constexpr double kShareRegion = 0.5;
// Chance of a second region (another box, a smaller share of the sightings).
constexpr double kSecondRegion = 0.3;
// Chance that a species of a seasonal taxon is seen mostly in one season.
constexpr double kSeasonal = 0.6;

int daysInYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 366 : 365;
}

bool seasonalTaxon(const std::string& supercategory) {
    static const char* taxa[] = {"Insecta", "Aves", "Amphibia", "Fungi", "Plantae", "Arachnida"};
    for (const char* t : taxa)
        if (supercategory == t) return true;
    return false;
}

double gaussian(Rng& rng) {
    // Box-Muller with our own generator: the same numbers on every platform.
    const double u = 1.0 - rng.uniform(), v = rng.uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.14159265358979323846 * v);
}

// A region in box @p b: its centre near the box's middle (so that the many species of a
// full-scale set make a blob that thins out towards the edges, as sightings thin out away from
// where people live), leaving room for its spread.
RangeRegion regionIn(int b, Rng& rng) {
    const LandBox& box = landBoxes()[static_cast<size_t>(b)];
    RangeRegion r;
    r.box = b;
    const double height = box.north - box.south, width = box.east - box.west;
    const double size = std::min(height, width);
    r.spread = rng.uniform(0.06, 0.14) * size;
    const double margin = std::min(r.spread, 0.3 * size);
    r.lat = std::clamp(0.5 * (box.south + box.north) + 0.15 * height * gaussian(rng),
                       box.south + margin, box.north - margin);
    r.lon = std::clamp(0.5 * (box.west + box.east) + 0.15 * width * gaussian(rng),
                       box.west + margin, box.east - margin);
    return r;
}

int otherBox(int avoid, Rng& rng) {
    const auto n = static_cast<int>(landBoxes().size());
    const int b = static_cast<int>(rng.below(static_cast<uint64_t>(n - 1)));
    return b >= avoid ? b + 1 : b;
}

// Month and day of a day of the year.
void calendar(int year, int dayOfYear, int& month, int& day) {
    static const int length[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    month = 1;
    day = dayOfYear;
    for (int m = 0; m < 12; ++m) {
        const int len = length[m] + (m == 1 && daysInYear(year) == 366 ? 1 : 0);
        if (day <= len) break;
        day -= len;
        ++month;
    }
}

}  // namespace

const std::vector<LandBox>& landBoxes() {
    // Interiors well inside the coasts and clear of large lakes (checked against GSHHG).
    static const std::vector<LandBox> boxes = {
        {36, 46, -119, -106, "Great Basin and Rockies"},
        {33, 44, -100, -89, "Great Plains"},
        {34, 40, -84, -78, "Appalachians"},
        {50, 57, -118, -102, "Canadian prairies"},
        {19.5, 25, -103.5, -99, "Mexican plateau"},
        {-10, -1, -70, -56, "Amazonia"},
        {-22, -15, -57, -47, "Brazilian highlands"},
        {-37, -30, -66, -61, "Pampas"},
        {2, 7, -76, -73, "Northern Andes"},
        {44, 49, 0, 6, "France"},
        {48, 53, 8, 22, "Central Europe"},
        {38, 42, -7, -2, "Iberia"},
        {51, 57, 30, 48, "Russian plain"},
        {61, 64, 12, 16, "Scandinavia"},
        {37, 40, 30, 40, "Anatolia"},
        {8, 14, -9, 9, "Sahel"},
        {-3, 3, 16, 26, "Congo basin"},
        {-8, -4, 33, 38, "East African plateau"},
        {-29, -22, 20, 29, "Southern Africa"},
        {-22, -17, 45, 48, "Madagascar"},
        {19, 25, 42, 50, "Arabia"},
        {47, 52, 62, 78, "Kazakh steppe"},
        {57, 64, 80, 102, "Siberia"},
        {19, 26, 74, 83, "India"},
        {26, 35, 104, 114, "China"},
        {15, 20, 100, 104, "Indochina"},
        {-1, 2, 112, 116, "Borneo"},
        {-31, -24, 141, 149, "Eastern Australia"},
        {-29, -21, 119, 129, "Western Australia"},
    };
    return boxes;
}

std::vector<SpeciesRange> planRanges(const std::vector<PlannedSpecies>& species, uint64_t seed) {
    Rng rng(seed ^ 0x72616E6765ull);
    const auto boxes = static_cast<uint64_t>(landBoxes().size());
    std::vector<SpeciesRange> out(species.size());
    size_t genusFirst = 0;  // the genus's first species: its region is the one to share or avoid
    for (size_t i = 0; i < species.size(); ++i) {
        const Category& c = species[i].category;
        const bool newGenus = i == 0 || species[i - 1].category.ranks[5] != c.ranks[5] ||
                              species[i - 1].category.supercategory != c.supercategory;
        if (newGenus) genusFirst = i;
        const RangeRegion& first =
            out[genusFirst].regions.empty() ? RangeRegion{} : out[genusFirst].regions[0];
        SpeciesRange& r = out[i];
        if (!newGenus && rng.chance(kShareRegion)) {
            RangeRegion shared = regionIn(first.box, rng);  // same box, nearby centre
            shared.lat = 0.5 * (shared.lat + first.lat);
            shared.lon = 0.5 * (shared.lon + first.lon);
            r.regions.push_back(shared);
        } else {
            const int b = newGenus ? static_cast<int>(rng.below(boxes)) : otherBox(first.box, rng);
            r.regions.push_back(regionIn(b, rng));
        }
        if (rng.chance(kSecondRegion)) {
            RangeRegion second = regionIn(otherBox(r.regions[0].box, rng), rng);
            second.weight = rng.uniform(0.15, 0.4);
            r.regions[0].weight = 1 - second.weight;
            r.regions.push_back(second);
        }
        if (seasonalTaxon(c.supercategory) && rng.chance(kSeasonal)) {
            r.peakDay = static_cast<int>(rng.between(1, 365));
            r.seasonDays = rng.uniform(20, 45);
        }
    }
    return out;
}

Sighting drawSighting(const SpeciesRange& r, Rng& rng) {
    size_t k = 0;
    for (double u = rng.uniform(); k + 1 < r.regions.size() && u >= r.regions[k].weight; ++k)
        u -= r.regions[k].weight;
    const RangeRegion& region = r.regions[k];
    const LandBox& box = landBoxes()[static_cast<size_t>(region.box)];
    Sighting s;
    do {  // stays inside the box, hence on land
        s.lat = region.lat + region.spread * gaussian(rng);
    } while (s.lat < box.south || s.lat > box.north);
    do {
        s.lon = region.lon + region.spread * gaussian(rng);
    } while (s.lon < box.west || s.lon > box.east);
    s.year = static_cast<int>(rng.between(2008, 2017));
    const int days = daysInYear(s.year);
    int doy = static_cast<int>(rng.between(1, days));
    if (r.peakDay > 0) {
        const double d = r.peakDay + r.seasonDays * gaussian(rng);
        doy = static_cast<int>(std::lround(d - 1 - days * std::floor((d - 1) / days))) % days + 1;
    }
    calendar(s.year, doy, s.month, s.day);
    return s;
}

}  // namespace taxa

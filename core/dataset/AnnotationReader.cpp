#include "dataset/AnnotationReader.h"

#include <cmath>
#include <memory>

#include "dataset/detail/JsonDocument.h"
#include "dataset/detail/JsonRead.h"
#include "dataset/detail/StringStage.h"
#include "util/Printable.h"
#include "util/SafePath.h"

namespace taxa {

using namespace detail;

namespace {

// Category fields in file order of importance; bit i of `seen` marks field i.
constexpr const char* kRankKeys[kAboveSpeciesRanks] = {"kingdom", "phylum", "class",
                                                       "order",   "family", "genus"};

void requireSeen(const Where& w, unsigned seen, unsigned need, const char* const* names, int n) {
    for (int i = 0; i < n; ++i)
        if ((need & (1u << i)) && !(seen & (1u << i)))
            fail(w, std::string("missing required field '") + names[i] + "'");
}

od::object objectAt(od::value v, const Where& w) {
    od::object o;
    const auto e = v.get_object().get(o);
    if (e == simdjson::INCORRECT_TYPE)
        fail(w, std::string("expected an object, got ") + typeName(v));
    if (e) failJson(w, e);
    return o;
}

od::array arrayAt(od::value v, const Where& w, const char* field) {
    od::array a;
    const auto e = v.get_array().get(a);
    if (e == simdjson::INCORRECT_TYPE)
        fail(w, std::string("field '") + field + "': expected a list, got " + typeName(v));
    if (e) failJson(w, e, field);
    return a;
}

// Iterates a list, handing each element and its position to fn.
template <class Fn>
void forEach(od::array arr, Where w, Fn&& fn) {
    int64_t i = 0;
    for (auto elem : arr) {
        w.index = i;
        w.id = -1;
        od::value v;
        if (const auto e = elem.get(v)) failJson(w, e);
        fn(v, w);
        ++i;
    }
}

// An object key compared without unescaping it: the keys we look for are plain ASCII, so a raw
// comparison is exact for them and spares a copy per field. A key spelled with escapes is
// treated as unknown.
struct Key {
    od::raw_json_string raw;
    bool operator==(std::string_view target) const { return raw.unsafe_is_equal(target); }
};

template <class Fn>
void forFields(od::object obj, const Where& w, Fn&& fn) {
    for (auto field : obj) {
        Key key;
        if (const auto e = field.key().get(key.raw)) failJson(w, e);
        od::value v;
        if (const auto e = field.value().get(v)) failJson(w, e);
        fn(key, v);
    }
}

int64_t nonNegativeId(od::value v, const Where& w, const char* field) {
    const int64_t x = getInt(v, w, field);
    if (x < 0) fail(w, std::string("field '") + field + "': negative id " + std::to_string(x));
    return x;
}

int32_t imageSide(od::value v, const Where& w, const char* field) {
    const int64_t x = getInt(v, w, field);
    if (x <= 0 || x > kMaxImageSide)
        fail(w, std::string("field '") + field + "': " + std::to_string(x) +
                    " is not a plausible image size (1.." + std::to_string(kMaxImageSide) + ")");
    return static_cast<int32_t>(x);
}

float latLon(od::value v, const Where& w, const char* field, double limit) {
    const double x = getDoubleOrNull(v, w, field);
    if (!std::isnan(x) && std::fabs(x) > limit)
        fail(w, std::string("field '") + field + "': " + std::to_string(x) + " is outside +-" +
                    std::to_string(static_cast<int>(limit)));
    return static_cast<float>(x);
}

ImageRecord parseImage(od::value v, Where& w, Split split, ImageSink& sink, StringStage& strings) {
    enum { kId, kFile, kWidth, kHeight, kCount };
    static const char* names[kCount] = {"id", "file_name", "width", "height"};
    ImageRecord im;
    im.split = split;
    Location loc;
    bool hasLoc = false;
    std::string_view name, holder;
    unsigned seen = 0;
    forFields(objectAt(v, w), w, [&](const Key& key, od::value val) {
        if (key == "id") {
            im.id = nonNegativeId(val, w, "id");
            w.id = im.id;
            seen |= 1u << kId;
        } else if (key == "file_name") {
            const auto s = getString(val, w, "file_name", false);
            const std::string why = unsafeRelativePathReason(s);
            if (!why.empty()) fail(w, "field 'file_name': " + why + ": '" + printable(s) + "'");
            name = s;
            seen |= 1u << kFile;
        } else if (key == "width") {
            im.width = imageSide(val, w, "width");
            seen |= 1u << kWidth;
        } else if (key == "height") {
            im.height = imageSide(val, w, "height");
            seen |= 1u << kHeight;
        } else if (key == "rights_holder") {
            holder = getString(val, w, "rights_holder", true);
        } else if (key == "license") {
            bool null = false;
            if (!val.is_null().get(null) && null) return;
            const int64_t lic = getInt(val, w, "license");
            if (lic < 0 || lic > INT32_MAX) fail(w, "field 'license': out of range");
            im.license = static_cast<int32_t>(lic);
        } else if (key == "latitude") {  // 2021 puts locations in the image entries
            loc.lat = latLon(val, w, "latitude", 90);
            hasLoc = true;
        } else if (key == "longitude") {
            loc.lon = latLon(val, w, "longitude", 180);
            hasLoc = true;
        } else if (key == "date") {
            loc.date.assign(getString(val, w, "date", true));
            hasLoc = true;
        }
    });
    if (hasLoc) {
        auto& locs = sink.dataset().locations;
        im.location = static_cast<int32_t>(locs.size());
        locs.push_back(std::move(loc));
    }
    requireSeen(w, seen, (1u << kCount) - 1, names, kCount);
    strings.add(name, holder);
    return im;
}

RawAnnotation parseAnnotation(od::value v, Where& w) {
    enum { kId, kImage, kCategory, kCount };
    static const char* names[kCount] = {"id", "image_id", "category_id"};
    RawAnnotation a;
    unsigned seen = 0;
    forFields(objectAt(v, w), w, [&](const Key& key, od::value val) {
        if (key == "id") {
            a.id = nonNegativeId(val, w, "id");
            w.id = a.id;
            seen |= 1u << kId;
        } else if (key == "image_id") {
            a.imageId = nonNegativeId(val, w, "image_id");
            seen |= 1u << kImage;
        } else if (key == "category_id") {
            a.categoryId = nonNegativeId(val, w, "category_id");
            seen |= 1u << kCategory;
        }
    });
    requireSeen(w, seen, (1u << kCount) - 1, names, kCount);
    return a;
}

Category parseCategory(od::value v, Where& w, Layout layout) {
    // Bits 0..2: id, name, supercategory; 3..8: the ranks.
    static const char* names[9] = {"id",    "name",  "supercategory", "kingdom", "phylum",
                                   "class", "order", "family",        "genus"};
    Category c;
    unsigned seen = 0;
    forFields(objectAt(v, w), w, [&](const Key& key, od::value val) {
        if (key == "id") {
            c.id = nonNegativeId(val, w, "id");
            w.id = c.id;
            seen |= 1u;
        } else if (key == "name") {
            c.name.assign(getString(val, w, "name", false));
            seen |= 2u;
        } else if (key == "supercategory") {
            c.supercategory.assign(getString(val, w, "supercategory", false));
            seen |= 4u;
        } else {
            for (int r = 0; r < kAboveSpeciesRanks; ++r) {
                if (key == kRankKeys[r]) {
                    c.ranks[static_cast<size_t>(r)].assign(getString(val, w, kRankKeys[r], true));
                    seen |= 1u << (3 + r);
                }
            }
        }
    });
    // 2017 categories carry no ranks, 2019 no supercategory (its image folders name it);
    // 2018 and 2021 give both.
    const unsigned need = layout == Layout::Inat2017   ? 7u
                          : layout == Layout::Inat2019 ? 0x1FBu
                                                       : 0x1FFu;
    requireSeen(w, seen, need, names, 9);
    if (c.name.empty()) fail(w, "field 'name': empty");
    return c;
}

std::vector<Category> parseCategoryList(od::value v, const Where& top, Layout layout) {
    std::vector<Category> out;
    Where w = top;
    w.list = "categories";
    forEach(arrayAt(v, top, "categories"), w,
            [&](od::value e, Where& ew) { out.push_back(parseCategory(e, ew, layout)); });
    return out;
}

}  // namespace

namespace {

// Every few thousand entries of a long list, the file's pages behind the parser (and behind the
// string stage, which copies names out of them on its own thread) are given back.
void releaseEvery(Document& d, const Where& entry, const StringStage* strings = nullptr) {
    if ((entry.index & 8191) != 8191) return;
    if (!strings) return releaseParsed(d);
    if (const char* done = strings->doneUpTo()) releaseParsed(d, done);
}

AnnotationFile readAnnotations(Document& d, const Where& top, Layout layout, Split split,
                               ImageSink& sink, CategoryList categories) {
    od::object root = rootObject(d, top);
    AnnotationFile out;
    bool haveImages = false, haveAnnotations = false;
    const size_t bytes = d.text.size();
    forFields(root, top, [&](const Key& key, od::value v) {
        if (key == "images") {
            haveImages = true;
            Where w = top;
            w.list = "images";
            // Reserving by file size costs nothing until used and avoids regrowth copies.
            out.images.reserve(bytes / 128);
            sink.dataset().names.reserve(sink.dataset().names.size() + bytes / 3);
            StringStage strings(sink, d.text.data(), d.text.data() + bytes, bytes / 128);
            forEach(arrayAt(v, top, "images"), w, [&](od::value e, Where& ew) {
                out.images.push_back(parseImage(e, ew, split, sink, strings));
                releaseEvery(d, ew, &strings);
            });
            strings.finish(out.images, 0);
        } else if (key == "annotations") {
            haveAnnotations = true;
            Where w = top;
            w.list = "annotations";
            out.annotations.reserve(bytes / 128);
            forEach(arrayAt(v, top, "annotations"), w, [&](od::value e, Where& ew) {
                out.annotations.push_back(parseAnnotation(e, ew));
                releaseEvery(d, ew);
            });
        } else if (key == "categories" && categories == CategoryList::Used) {
            // A replaced list is skipped unread: categories.json says what the classes are.
            out.categories = parseCategoryList(v, top, layout);
        }
    });
    checkEnd(d, top);
    if (!haveImages) fail(top, "missing required field 'images'");
    if (!haveAnnotations && split != Split::Test) fail(top, "missing required field 'annotations'");
    return out;
}

std::vector<Category> readCategories(Document& d, const Where& top, Layout layout) {
    od::value v = rootValue(d, top, "a list");
    od::json_type t;
    if (const auto e = v.type().get(t)) failJson(top, e);
    std::vector<Category> out;
    if (t == od::json_type::object) {
        bool found = false;
        forFields(objectAt(v, top), top, [&](const Key& key, od::value val) {
            if (key == "categories") {
                out = parseCategoryList(val, top, layout);
                found = true;
            }
        });
        if (!found) fail(top, "missing required field 'categories'");
    } else {
        out = parseCategoryList(v, top, layout);
    }
    checkEnd(d, top);
    return out;
}

LocationRecord parseLocation(od::value e, Where& ew) {
    LocationRecord r;
    bool haveId = false;
    forFields(objectAt(e, ew), ew, [&](const Key& key, od::value val) {
        if (key == "id") {
            r.id = nonNegativeId(val, ew, "id");
            ew.id = r.id;
            haveId = true;
        } else if (key == "lat") {
            r.lat = latLon(val, ew, "lat", 90);
        } else if (key == "lon") {
            r.lon = latLon(val, ew, "lon", 180);
        } else if (key == "date") {
            r.date.assign(getString(val, ew, "date", true));
        } else if (key == "user_id") {
            bool null = false;
            if (!val.is_null().get(null) && null) return;
            r.userId = nonNegativeId(val, ew, "user_id");
        }
    });
    if (!haveId) fail(ew, "missing required field 'id'");
    return r;
}

std::vector<LocationRecord> readLocations(Document& d, const Where& top) {
    od::value v = rootValue(d, top, "a list");
    std::vector<LocationRecord> out;
    Where w = top;
    w.list = "locations";
    forEach(arrayAt(v, top, "locations"), w, [&](od::value e, Where& ew) {
        out.push_back(parseLocation(e, ew));
        releaseEvery(d, ew);
    });
    checkEnd(d, top);
    return out;
}

// Opens a file or a text, then reads it with `read(document, where)`.
template <class Read>
auto readFrom(const std::string& path, const std::string& label, Read&& read) {
    Document d;
    Where top{&label};
    openFile(d, path, top);
    return read(d, top);
}

template <class Read>
auto readText(std::string_view json, const std::string& label, Read&& read) {
    Document d;
    Where top{&label};
    openText(d, json, top);
    return read(d, top);
}

}  // namespace

AnnotationFile readAnnotationFile(const std::string& path, const std::string& label, Layout layout,
                                  Split split, ImageSink& sink, CategoryList categories) {
    return readFrom(path, label, [&](Document& d, const Where& top) {
        return readAnnotations(d, top, layout, split, sink, categories);
    });
}

AnnotationFile parseAnnotationText(std::string_view json, const std::string& label, Layout layout,
                                   Split split, ImageSink& sink, CategoryList categories) {
    return readText(json, label, [&](Document& d, const Where& top) {
        return readAnnotations(d, top, layout, split, sink, categories);
    });
}

std::vector<Category> readCategoriesFile(const std::string& path, const std::string& label,
                                         Layout layout) {
    return readFrom(path, label,
                    [&](Document& d, const Where& top) { return readCategories(d, top, layout); });
}

std::vector<Category> parseCategoriesText(std::string_view json, const std::string& label,
                                          Layout layout) {
    return readText(json, label,
                    [&](Document& d, const Where& top) { return readCategories(d, top, layout); });
}

std::vector<LocationRecord> readLocationsFile(const std::string& path, const std::string& label) {
    return readFrom(path, label, readLocations);
}

std::vector<LocationRecord> parseLocationsText(std::string_view json, const std::string& label) {
    return readText(json, label, readLocations);
}

}  // namespace taxa

#pragma once
// A tiny dataset in memory with locations, for the geographic prior's tests: three classes;
// train: class 0 three times and class 1 once in the 2-degree cell of (10 N, 10 E), class 2
// twice in that of (30 S, 100 E); val: one image of class 1 and one of class 2 in those cells,
// one of class 0 without a location.

#include <cmath>
#include <string>

#include "dataset/Dataset.h"

namespace geofixture {

inline void add(taxa::Dataset& ds, int64_t id, taxa::Split split, int32_t label, float lat,
                float lon, const std::string& date = "2017-06-01 10:00:00+00:00") {
    taxa::ImageRecord im;
    im.id = id;
    im.split = split;
    im.label = label;
    if (!std::isnan(lat)) {
        taxa::Location loc;
        loc.lat = lat;
        loc.lon = lon;
        loc.date = date;
        im.location = static_cast<int32_t>(ds.locations.size());
        ds.locations.push_back(loc);
    }
    ds.setFileName(im, "x/" + std::to_string(id) + ".jpg");
    ds.images.push_back(im);
}

inline taxa::Dataset dataset() {
    taxa::Dataset ds;
    ds.root = "fixture";
    for (int64_t id : {3, 5, 9}) {
        taxa::Category c;
        c.id = id;
        c.name = "Species " + std::to_string(id);
        c.supercategory = "Insecta";
        ds.categories.push_back(c);
    }
    ds.indexCategories();
    using taxa::Split;
    for (int i = 0; i < 3; ++i)
        add(ds, i, Split::Train, 0, 10.0f, 10.0f);
    add(ds, 3, Split::Train, 1, 10.5f, 10.5f);
    add(ds, 4, Split::Train, 2, -30.0f, 100.0f);
    add(ds, 5, Split::Train, 2, -29.5f, 100.5f);
    add(ds, 10, Split::Val, 1, 10.2f, 10.2f);
    add(ds, 11, Split::Val, 2, -29.8f, 100.2f);
    add(ds, 12, Split::Val, 0, NAN, NAN);
    ds.hasLocations = true;
    return ds;
}

}  // namespace geofixture

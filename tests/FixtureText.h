#pragma once
// The texts of the tests' small 2018 dataset, without Qt: the tests write them into folders
// (TestFixtures.h) and fuzz/make_seeds.cpp turns them into the fuzzers' seed corpora.

#include <string>

namespace fixtures {

// Two species of one genus, one of another family, with the 2018 field set. The obfuscated
// names in the annotation files are replaced by categories.json where a test writes it.
inline std::string categories2018(bool obfuscated) {
    if (obfuscated)
        return R"([{"id": 0, "name": "a1b2", "supercategory": "Insecta", "kingdom": "x1", "phylum": "x2", "class": "x3", "order": "x4", "family": "x5", "genus": "x6"},
 {"id": 1, "name": "c3d4", "supercategory": "Insecta", "kingdom": "x1", "phylum": "x2", "class": "x3", "order": "x4", "family": "x5", "genus": "x6"},
 {"id": 7, "name": "e5f6", "supercategory": "Aves", "kingdom": "x1", "phylum": "y2", "class": "y3", "order": "y4", "family": "y5", "genus": "y6"}])";
    return R"([{"id": 0, "name": "Coccinella septempunctata", "supercategory": "Insecta", "kingdom": "Animalia", "phylum": "Arthropoda", "class": "Insecta", "order": "Coleoptera", "family": "Coccinellidae", "genus": "Coccinella"},
 {"id": 1, "name": "Coccinella bipunctata", "supercategory": "Insecta", "kingdom": "Animalia", "phylum": "Arthropoda", "class": "Insecta", "order": "Coleoptera", "family": "Coccinellidae", "genus": "Coccinella"},
 {"id": 7, "name": "Parus major", "supercategory": "Aves", "kingdom": "Animalia", "phylum": "Chordata", "class": "Aves", "order": "Passeriformes", "family": "Paridae", "genus": "Parus", "extra": [1, {"nested": true}]}])";
}

inline std::string image(int id, int cat, const char* holder, int w = 800, int h = 600) {
    return "{\"id\": " + std::to_string(id) + ", \"width\": " + std::to_string(w) +
           ", \"height\": " + std::to_string(h) + ", \"file_name\": \"train_val2018/X/" +
           std::to_string(cat) + "/" + std::to_string(id) +
           ".jpg\", \"license\": 1, \"rights_holder\": \"" + holder + "\"}";
}

inline std::string annotation(int id, int imageId, int cat) {
    return "{\"id\": " + std::to_string(id) + ", \"image_id\": " + std::to_string(imageId) +
           ", \"category_id\": " + std::to_string(cat) + "}";
}

// train: 5 images (3 of species 0, 1 of 1, 1 of 7); val: one per species.
inline std::string train2018() {
    return "{\"info\": {\"year\": 2018}, \"images\": [" + image(0, 0, "Ann") + ", " +
           image(1, 0, "Ann") + ", " + image(2, 0, "Bo") + ", " + image(3, 1, "Bo") + ", " +
           image(4, 7, "Cy", 600, 800) + "], \"categories\": " + categories2018(true) +
           ", \"annotations\": [" + annotation(0, 0, 0) + ", " + annotation(1, 1, 0) + ", " +
           annotation(2, 2, 0) + ", " + annotation(3, 3, 1) + ", " + annotation(4, 4, 7) +
           "], \"licenses\": []}";
}

inline std::string val2018() {
    return "{\"images\": [" + image(10, 0, "Dee") + ", " + image(11, 1, "Dee") + ", " +
           image(12, 7, "Eve") + "], \"categories\": " + categories2018(true) +
           ", \"annotations\": [" + annotation(10, 10, 0) + ", " + annotation(11, 11, 1) + ", " +
           annotation(12, 12, 7) + "]}";
}

inline std::string test2018() {
    return R"({"images": [{"id": 0, "width": 800, "height": 533, "file_name": "test2018/aa.jpg", "license": 2, "rights_holder": "Fay"}, {"id": 1, "width": 533, "height": 800, "file_name": "test2018/bb.jpg", "license": 2, "rights_holder": "Fay"}]})";
}

inline std::string locations2018() {
    return R"([{"id": 3, "lat": 52.5, "lon": 13.4, "loc_uncert": 30, "date": "2016-05-01 10:00:00+00:00", "user_id": 42},
                           {"id": 4, "lat": null, "lon": null, "date": null, "user_id": null}])";
}

}  // namespace fixtures

#pragma once
// Small datasets in the layouts beyond the iNaturalist JSON files, written by the tests:
// folders of classes, CUB-200-2011 and NABirds, each with the files and fields of the release.

#include <QTemporaryDir>
#include <string>
#include <vector>

#include "TestFixtures.h"
#include "dataset/DatasetLoader.h"
#include "util/Error.h"

namespace fixtures {

inline std::string root(const QTemporaryDir& dir) {
    return dir.path().toStdString();
}

/// The one-line error of loading @p path, or empty if it loads.
inline QString loadError(const std::string& path, const taxa::LoadOptions& o = {}) {
    try {
        taxa::loadDataset(path, o);
    } catch (const taxa::Error& e) {
        return QString::fromUtf8(e.what());
    }
    return QString();
}

/// train/<path>/<n>.jpg (and val/) for each class path; file contents are "<path>/<n>", so no
/// two files are equal unless a test writes them so.
inline void writeClassTree(const QTemporaryDir& dir, const std::vector<std::string>& classes,
                           int train, int val) {
    for (const auto& c : classes) {
        for (int i = 0; i < train; ++i)
            write(dir, "train/" + c + "/" + std::to_string(i) + ".jpg",
                  c + "/" + std::to_string(i));
        for (int i = 0; i < val; ++i)
            write(dir, "val/" + c + "/v" + std::to_string(i) + ".jpg",
                  c + "/v" + std::to_string(i));
    }
}

/// A class path of @p depth folders: g1/g2/.../<name> (depth 1 is the name alone).
inline std::string nestedClass(int depth, const std::string& group, const std::string& name) {
    std::string path;
    for (int level = 1; level < depth; ++level)
        path += group + std::to_string(level) + "/";
    return path + name;
}

/// CUB-200-2011: 3 classes, 6 images (ids 1..6); images 1, 2, 4, 5 train, 3 and 6 test; boxes
/// for all. Class 1 has images 1, 2, 3; class 2 images 4, 5; class 3 image 6 (test only).
inline void writeCub(const QTemporaryDir& dir) {
    write(dir, "classes.txt",
          "1 001.Black_footed_Albatross\n2 002.Laysan_Albatross\n3 003.Sooty_Albatross\n");
    write(dir, "images.txt",
          "1 001.Black_footed_Albatross/Black_Footed_Albatross_0046_18.jpg\n"
          "2 001.Black_footed_Albatross/Black_Footed_Albatross_0009_34.jpg\n"
          "3 001.Black_footed_Albatross/Black_Footed_Albatross_0002_55.jpg\n"
          "4 002.Laysan_Albatross/Laysan_Albatross_0002_1027.jpg\n"
          "5 002.Laysan_Albatross/Laysan_Albatross_0003_1033.jpg\n"
          "6 003.Sooty_Albatross/Sooty_Albatross_0001_1071.jpg\n");
    write(dir, "image_class_labels.txt", "1 1\n2 1\n3 1\n4 2\n5 2\n6 3\n");
    write(dir, "train_test_split.txt", "1 1\n2 1\n3 0\n4 1\n5 1\n6 0\n");
    write(dir, "bounding_boxes.txt",
          "1 60.0 27.0 325.0 304.0\n2 139.0 30.0 153.0 264.0\n3 14.0 112.0 388.0 186.0\n"
          "4 112.0 90.0 255.0 242.0\n5 70.0 50.0 134.0 303.0\n6 10.5 20.25 30.0 40.0\n");
}

/// NABirds: a class tree of varying depth below the root "Birds" (0), images keyed by UUID.
///   Perching Birds (1) > Tyrant Flycatchers (2) > Eastern Phoebe (3), Say's Phoebe (9)
///   Hawks (4) > Red-tailed Hawk (5) > Red-tailed Hawk (Adult) (6), (Immature) (7)
///   Hawks (4) > Cooper's Hawk (8)
/// Leaves 3, 6, 7, 8, 9 are the classes; 2 levels above the deepest (slots family, genus).
/// Images (line: key, class, split): 1 a 3 train, 2 b 6 train, 3 c 7 train, 4 d 8 train,
/// 5 e 9 train, 6 f 3 test, 7 g 6 test, 8 h 8 test.
inline void writeNabirds(const QTemporaryDir& dir) {
    write(dir, "classes.txt",
          "0 Birds\n1 Perching Birds\n2 Tyrant Flycatchers\n3 Eastern Phoebe\n4 Hawks\n"
          "5 Red-tailed Hawk\n6 Red-tailed Hawk (Adult)\n7 Red-tailed Hawk (Immature)\n"
          "8 Cooper's Hawk\n9 Say's Phoebe\n");
    write(dir, "hierarchy.txt", "1 0\n2 1\n3 2\n4 0\n5 4\n6 5\n7 5\n8 4\n9 2\n");
    const char* keys[] = {
        "0000139e-21dc-4d0c-bfe1-4cae3c85c829", "0000d9fc-4e02-4c06-a0af-a55cfb16b12b",
        "00019306-9d83-4334-b255-a447742edce3", "0001afd4-99a1-4a67-b940-d419413e23b3",
        "000332b8-997c-4540-9647-2f0a8495aecf", "000343bd-5215-49ba-ab9c-7c97a70ac1a5",
        "0004ff8d-0cc8-47ee-94ba-43352a8b9eb4", "0007181f-a727-4481-ad89-591200c61b9d"};
    const int cls[] = {3, 6, 7, 8, 9, 3, 6, 8};
    const int train[] = {1, 1, 1, 1, 1, 0, 0, 0};
    std::string images, labels, split, sizes, boxes, photographers;
    for (int i = 0; i < 8; ++i) {
        std::string k = keys[i], flat;
        for (char ch : k)
            if (ch != '-') flat += ch;
        char folder[8];
        std::snprintf(folder, sizeof folder, "%04d", cls[i]);
        images += k + " " + folder + "/" + flat + ".jpg\n";
        labels += k + " " + std::to_string(cls[i]) + "\n";
        split += k + " " + std::to_string(train[i]) + "\n";
        sizes += k + " " + std::to_string(300 + i) + " " + std::to_string(200 + i) + "\n";
        boxes += k + " 10 20 " + std::to_string(100 + i) + " 50\n";
        photographers += k + " " + (i % 2 ? "Ann Example" : "Bo Sample") + "\n";
    }
    write(dir, "images.txt", images);
    write(dir, "image_class_labels.txt", labels);
    write(dir, "train_test_split.txt", split);
    write(dir, "sizes.txt", sizes);
    write(dir, "bounding_boxes.txt", boxes);
    write(dir, "photographers.txt", photographers);
}

}  // namespace fixtures

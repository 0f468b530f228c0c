#pragma once
// Small datasets written by the tests themselves, in the 2017, 2018 and 2021 layouts (the texts
// are in FixtureText.h, which the fuzzers' seed corpora are made of too).

#include <QTemporaryDir>
#include <QtTest>
#include <string>

#include "FixtureText.h"
#include "util/AtomicFile.h"

namespace fixtures {

inline void write(const QTemporaryDir& dir, const std::string& name, const std::string& text) {
    taxa::writeFileAtomic(dir.path().toStdString() + "/" + name, text);
}

inline void writeDataset2018(const QTemporaryDir& dir, bool withCategories = true) {
    write(dir, "train2018.json", train2018());
    write(dir, "val2018.json", val2018());
    write(dir, "test2018.json", test2018());
    if (withCategories) write(dir, "categories.json", categories2018(false));
}

}  // namespace fixtures

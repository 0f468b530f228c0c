#pragma once
// Internal to the readers: referential problems, fatal when loading strictly.

#include <cstdint>
#include <string>
#include <vector>

#include "dataset/Dataset.h"
#include "util/Error.h"

namespace taxa::detail {

/// Collects problems; strict mode turns the first into an exception.
struct Issues {
    bool strict;
    std::vector<LoadIssue>& out;
    void add(const char* kind, const std::string& message, int64_t id) {
        if (strict) throw Error(message);
        out.push_back({kind, message, id});
    }
};

}  // namespace taxa::detail

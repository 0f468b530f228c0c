#include "util/BlasLibrary.h"

#include <link.h>
#include <stdlib.h>

#include <memory>

namespace taxa {

namespace {

int findBlas(dl_phdr_info* info, size_t, void* data) {
    const std::string_view name = info->dlpi_name ? info->dlpi_name : "";
    if (name.find("/libblas.so") == std::string_view::npos) return 0;
    *static_cast<std::string*>(data) = std::string(name);
    return 1;  // the first one is the one symbols resolve to
}

}  // namespace

std::string loadedBlasLibrary() {
    std::string name;
    dl_iterate_phdr(findBlas, &name);
    if (name.empty()) return {};
    // The loaded name is the alternatives link; what it points to says which BLAS it is.
    const std::unique_ptr<char, decltype(&free)> resolved(realpath(name.c_str(), nullptr), free);
    return resolved ? std::string(resolved.get()) : name;
}

bool isReferenceBlas(std::string_view resolvedPath) {
    // libblas3 installs .../x86_64-linux-gnu/blas/libblas.so.3.X; OpenBLAS, BLIS and ATLAS
    // install theirs under openblas-*/, blis-*/ and atlas/.
    return resolvedPath.find("/blas/libblas.so") != std::string_view::npos;
}

std::string referenceBlasWarning() {
    const std::string blas = loadedBlasLibrary();
    if (!isReferenceBlas(blas)) return {};
    return "Warning: matrix products run on the reference BLAS (" + blas +
           "), 16-26x slower than OpenBLAS for the classifier, the iSQRT-COV head and the "
           "geographic prior; install libopenblas0-openmp";
}

}  // namespace taxa

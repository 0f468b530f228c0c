#pragma once
/// @file BlasLibrary.h
/// @brief Which BLAS the process runs its matrix products on. Debian's LibTorch calls the
/// system's libblas.so.3 for every linear layer; when that alternative is the reference
/// implementation (libblas3, the default when nothing else is installed), the classifier, the
/// iSQRT-COV head and the geographic prior run 16-26x slower than on OpenBLAS
/// (docs/BENCHMARKS.md, bench/run_blas_bench.sh).
/// The check only reads the process's list of loaded libraries: it needs no LibTorch.

#include <string>
#include <string_view>

namespace taxa {

/// @brief The resolved path of the libblas.so.3 loaded in this process, or "" when none is
/// (before the engine is loaded, for example).
std::string loadedBlasLibrary();

/// @brief Whether @p resolvedPath is Debian's reference BLAS (the libblas3 package's
/// .../blas/libblas.so.3*), as opposed to OpenBLAS, BLIS, ATLAS or MKL behind the same name.
bool isReferenceBlas(std::string_view resolvedPath);

/// @brief A one-line warning naming the remedy when the loaded BLAS is the reference one,
/// else "".
std::string referenceBlasWarning();

}  // namespace taxa

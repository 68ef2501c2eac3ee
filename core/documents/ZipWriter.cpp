#include "documents/ZipWriter.h"

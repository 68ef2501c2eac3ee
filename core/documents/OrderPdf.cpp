#include "documents/OrderPdf.h"

#include "documents/OrderDocx.h"

#include "documents/OrderOdt.h"

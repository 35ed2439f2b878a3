#ifndef TOLK_CCMARK_SHIM_H
#define TOLK_CCMARK_SHIM_H
#include <cmark.h>
#endif

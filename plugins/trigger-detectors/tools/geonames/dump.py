#!/usr/bin/env python3
"""Prints GeoNames' cities15000 as Debian's libgeonames0 holds it: one town per line,
name, state, country code and population, tab-separated, names in the language of
$LANGUAGE (the library's own translations, from libgeonames-common). Used by ./build."""
import ctypes
import locale
import sys

locale.setlocale(locale.LC_ALL, "")  # gettext reads LANGUAGE only under a locale other than C
lib = ctypes.CDLL("libgeonames.so.0")
lib.geonames_get_n_cities.restype = ctypes.c_int
lib.geonames_get_city.restype = ctypes.c_void_p
lib.geonames_get_city.argtypes = [ctypes.c_int]
lib.geonames_city_free.argtypes = [ctypes.c_void_p]
lib.geonames_city_get_population.restype = ctypes.c_uint
lib.geonames_city_get_population.argtypes = [ctypes.c_void_p]
for field in ("name", "state", "country_code"):
    getter = getattr(lib, "geonames_city_get_" + field)
    getter.restype = ctypes.c_char_p
    getter.argtypes = [ctypes.c_void_p]

out = sys.stdout
for i in range(lib.geonames_get_n_cities()):
    city = lib.geonames_get_city(i)
    if not city:
        continue
    text = lambda field: (getattr(lib, "geonames_city_get_" + field)(city) or b"").decode("utf-8")
    out.write("\t".join((text("name"), text("state"), text("country_code"),
                         str(lib.geonames_city_get_population(city)))) + "\n")
    lib.geonames_city_free(city)

# sayasat: make | make demo | make check | make check-asan | make bench |
#          make fuzz | make install PREFIX=... | make uninstall | make clean
# Dependencies are Debian packages found with pkg-config; `make deps` (run by
# demo, check, check-asan and bench) installs the missing ones with apt-get.

PREFIX    ?= /usr/local
CC        ?= cc
BUILD     ?= build
DEB_PACKAGES = gcc make pkg-config libicu-dev libstemmer-dev libpcre2-dev \
               libjansson-dev libcsv-dev zlib1g-dev libcmocka-dev

# libstemmer and libcsv ship no .pc file in Debian: plain -l flags for them.
PKGS      = icu-uc icu-i18n libpcre2-8 jansson zlib
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lcsv -lm -lpthread
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null)

WARN      = -Wall -Wextra -Wpedantic -Werror -Wmissing-prototypes -Wshadow \
            -Wcast-qual
OPT       ?= -O2 -g
CFLAGS    ?=
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(OPT) -fPIC \
             -Isrc/include -Isrc/lib $(PKG_CFLAGS) $(CFLAGS) \
             -DSAYASAT_DATADIR='"$(PREFIX)/share/sayasat"'

LIB_SRC   = $(wildcard src/lib/*.c)
CLI_SRC   = $(wildcard src/cli/*.c)
LIB_OBJ   = $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_OBJ   = $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
# the CLI's modules without main(), for the unit tests of the CLI's parts
CLI_PARTS = $(filter-out $(BUILD)/obj/cli/main.o,$(CLI_OBJ))
UNIT_SRC  = $(wildcard tests/unit/test_*.c)
EVAL_SRC  = $(wildcard tests/eval/test_*.c)
TEST_BIN  = $(UNIT_SRC:tests/%.c=$(BUILD)/tests/%) \
            $(EVAL_SRC:tests/%.c=$(BUILD)/tests/%)

.PHONY: all deps demo check check-asan bench fuzz install uninstall clean FORCE

all: $(BUILD)/sayasat $(BUILD)/libsayasat.a $(BUILD)/libsayasat.so $(BUILD)/sayasat.pc

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
	    || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo=sudo; fi; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

$(BUILD)/obj/%.o: src/%.c $(wildcard src/include/*.h src/lib/*.h src/cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libsayasat.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/libsayasat.so: $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libsayasat.so.0 -o $@ $^ $(PKG_LIBS) $(LDFLAGS)

$(BUILD)/sayasat: $(CLI_OBJ) $(BUILD)/libsayasat.a
	$(CC) $(OPT) $(CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libsayasat.a $(PKG_LIBS) $(LDFLAGS)

$(BUILD)/tests/%: tests/%.c $(BUILD)/libsayasat.a $(CLI_PARTS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc/cli -o $@ $< $(CLI_PARTS) $(BUILD)/libsayasat.a $(PKG_LIBS) $(CMOCKA_LIBS) $(LDFLAGS)

# Rewritten on every run: it names the PREFIX of this make invocation.
$(BUILD)/sayasat.pc: FORCE
	@mkdir -p $(BUILD)
	printf 'prefix=%s\nlibdir=$${prefix}/lib\nincludedir=$${prefix}/include\n\nName: sayasat\nDescription: reform themes in Russian and Kazakh political commentary\nVersion: %s\nRequires.private: icu-uc icu-i18n libpcre2-8\nLibs: -L$${libdir} -lsayasat\nLibs.private: -lstemmer -lm\nCflags: -I$${includedir}\n' \
	  '$(PREFIX)' "$$(sed -n 's/^#define SAYASAT_VERSION "\(.*\)"/\1/p' src/include/sayasat.h)" > $@

demo: deps
	@$(MAKE) --no-print-directory all
	$(BUILD)/sayasat score --format table corpus

check: deps
	@$(MAKE) --no-print-directory all $(TEST_BIN)
	@BUILD=$(BUILD) sh tests/run-all.sh

check-asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan \
	  OPT='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	  LDFLAGS='-fsanitize=address,undefined' check

bench: deps
	@$(MAKE) --no-print-directory all $(BUILD)/bench/bench
	@BUILD=$(BUILD) sh bench/run.sh

$(BUILD)/bench/bench: bench/bench.c $(BUILD)/libsayasat.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libsayasat.a $(PKG_LIBS) $(LDFLAGS)

# libFuzzer targets (clang, with ASan): each runs FUZZ_SECONDS on a corpus
# seeded from the bundled corpus and lexicons; not part of check.
FUZZ_SECONDS ?= 60
FUZZ_BUILD = build/fuzz
fuzz: deps
	@$(MAKE) --no-print-directory deps DEB_PACKAGES='clang libclang-rt-14-dev'
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang \
	  OPT='-O1 -g -fsanitize=fuzzer-no-link,address,undefined' \
	  $(FUZZ_BUILD)/libsayasat.a
	@mkdir -p $(FUZZ_BUILD)/seeds/lexicon $(FUZZ_BUILD)/seeds/analyse
	@for f in lexicons/ru/*.lex lexicons/kk/*.lex corpus/ru/*.txt corpus/kk/*.txt; do \
	  case $$f in *.lex) d=lexicon ;; *) d=analyse ;; esac; \
	  cp $$f $(FUZZ_BUILD)/seeds/$$d/$$(echo $$f | tr / _); done
	@for t in lexicon analyse; do \
	  clang $(ALL_CFLAGS) -O1 -g -fsanitize=fuzzer,address,undefined \
	    -o $(FUZZ_BUILD)/fuzz_$$t tests/fuzz/fuzz_$$t.c $(FUZZ_BUILD)/libsayasat.a \
	    $(PKG_LIBS) -lstdc++ || exit 1; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  SAYASAT_LEXICONS=lexicons $(FUZZ_BUILD)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=65536 -timeout=10 $(FUZZ_BUILD)/seeds/$$t 2>&1 | tail -3 || exit 1; \
	done

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/share/sayasat/lexicons/ru \
	  $(DESTDIR)$(PREFIX)/share/sayasat/lexicons/kk
	install -m 755 $(BUILD)/sayasat $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(BUILD)/libsayasat.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libsayasat.so $(DESTDIR)$(PREFIX)/lib/libsayasat.so.0
	ln -sf libsayasat.so.0 $(DESTDIR)$(PREFIX)/lib/libsayasat.so
	install -m 644 src/include/sayasat.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(BUILD)/sayasat.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/
	install -m 644 lexicons/README.md $(DESTDIR)$(PREFIX)/share/sayasat/lexicons/
	install -m 644 lexicons/ru/*.lex $(DESTDIR)$(PREFIX)/share/sayasat/lexicons/ru/
	install -m 644 lexicons/kk/*.lex $(DESTDIR)$(PREFIX)/share/sayasat/lexicons/kk/

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/bin/sayasat $(DESTDIR)$(PREFIX)/lib/libsayasat.* \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig/sayasat.pc \
	  $(DESTDIR)$(PREFIX)/include/sayasat.h $(DESTDIR)$(PREFIX)/share/sayasat

clean:
	rm -rf build

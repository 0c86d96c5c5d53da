#!/usr/bin/env sh
# DejaVu Sans, the font the curators' chart is drawn with (src/chart.rs
# embeds it, so no system font is needed at run time). Copied from Debian's
# fonts-dejavu-core package (2.37-6 here), whose copyright file is LICENSE
# (the Bitstream Vera licence, with DejaVu's changes in the public domain).
# Run from the repository root.
set -eu
command -v apt-get >/dev/null && ! [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
    && apt-get install -y -qq fonts-dejavu-core
cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf data/fonts/DejaVuSans.ttf
cp /usr/share/doc/fonts-dejavu-core/copyright data/fonts/LICENSE

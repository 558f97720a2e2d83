#!/bin/sh
# Prints 2.2 GB, generated rather than stored; a cap of 1 MB stops it within moments.
echo "flooding with $FLOOD_TOKEN"
yes "flooding line with $FLOOD_TOKEN" | head -c 2200m

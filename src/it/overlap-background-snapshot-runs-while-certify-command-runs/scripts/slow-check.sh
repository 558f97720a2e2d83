#!/bin/sh
# a check that takes three seconds, as a linter or a license scan would
sleep 3
echo "slow check passed"

#!/bin/sh
# Double fork plus setsid: the daemon is re-parented to init, in a session of its own. Then hangs.
( setsid sh -c 'sleep 300 & echo $! > target/daemon.pid' & )
echo "daemon started"
sleep 300

import { GENESIS_HASH } from '@repaero/event-sourcing'; console.log(GENESIS_HASH.length);

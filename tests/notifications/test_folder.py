"""folder://: one file per idempotency key, written atomically, never twice."""

from __future__ import annotations

import json
import threading

import pytest

from notifications import OutgoingMessage, channel_for, message_id
from notifications.channels.folder import FolderChannel, file_name_for
from notifications.errors import PermanentDeliveryError, TransientDeliveryError


def _message(key: str, name: str = "thi-uy-duc-pho", subject: str = "Nhắc hạn báo cáo Quý II/2023") -> OutgoingMessage:
    return OutgoingMessage(
        key=key,
        url=f"folder://{name}",
        subject=subject,
        text="Hạn báo cáo: Thứ Sáu, 30/06/2023",
        html="<p>Hạn báo cáo: <b>Thứ Sáu, 30/06/2023</b></p>",
        short_text="Hạn: Thứ Sáu, 30/06/2023",
    )


def test_writes_one_file_with_the_whole_message(tmp_path) -> None:
    channel = channel_for("folder://thi-uy-duc-pho", folder_dir=tmp_path)
    receipt = channel.send(_message("occ-7:thi-uy:upcoming/7"))

    files = list((tmp_path / "thi-uy-duc-pho").iterdir())
    assert [f.name for f in files] == [file_name_for("occ-7:thi-uy:upcoming/7")]
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert data == {
        "key": "occ-7:thi-uy:upcoming/7",
        "message_id": message_id("occ-7:thi-uy:upcoming/7"),
        "to": "folder://thi-uy-duc-pho",
        "subject": "Nhắc hạn báo cáo Quý II/2023",
        "text": "Hạn báo cáo: Thứ Sáu, 30/06/2023",
        "html": "<p>Hạn báo cáo: <b>Thứ Sáu, 30/06/2023</b></p>",
        "short_text": "Hạn: Thứ Sáu, 30/06/2023",
    }
    assert "Thứ Sáu" in files[0].read_text(encoding="utf-8")  # stored readable, not \\u-escaped
    assert receipt.duplicate is False and receipt.provider_id == f"thi-uy-duc-pho/{files[0].name}"


def test_same_key_twice_keeps_one_file_and_the_first_content(tmp_path) -> None:
    channel = FolderChannel(tmp_path)
    first = channel.send(_message("k-1", subject="Lần đầu"))
    second = channel.send(_message("k-1", subject="Lần hai"))
    files = list((tmp_path / "thi-uy-duc-pho").iterdir())
    assert len(files) == 1
    assert json.loads(files[0].read_text(encoding="utf-8"))["subject"] == "Lần đầu"
    assert (first.duplicate, second.duplicate) == (False, True)


def test_different_keys_different_files_and_no_temporary_files_left(tmp_path) -> None:
    channel = FolderChannel(tmp_path)
    results = channel.send_batch([_message(f"k-{i}") for i in range(5)] + [_message("k-0", name="chi-bo-1")])
    assert all(not r.duplicate for r in results)
    assert len(list((tmp_path / "thi-uy-duc-pho").iterdir())) == 5
    assert len(list((tmp_path / "chi-bo-1").iterdir())) == 1
    assert not [p for p in tmp_path.rglob(".tmp-*")]


def test_keys_that_slugify_alike_do_not_collide(tmp_path) -> None:
    channel = FolderChannel(tmp_path)
    channel.send(_message("a/b"))
    channel.send(_message("a:b"))
    assert len(list((tmp_path / "thi-uy-duc-pho").iterdir())) == 2


def test_concurrent_writers_of_one_key_produce_one_file(tmp_path) -> None:
    channel = FolderChannel(tmp_path)
    barrier = threading.Barrier(8)
    receipts = []

    def write() -> None:
        barrier.wait()
        receipts.append(channel.send(_message("race")))

    threads = [threading.Thread(target=write) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(list((tmp_path / "thi-uy-duc-pho").iterdir())) == 1
    assert sum(not r.duplicate for r in receipts) == 1 and len(receipts) == 8


@pytest.mark.parametrize("url", ["folder://../etc", "folder://Thi Uy", "folder://", "folder://a/b"])
def test_unsafe_names_are_refused(tmp_path, url: str) -> None:
    with pytest.raises(PermanentDeliveryError):
        FolderChannel(tmp_path).send(OutgoingMessage(key="k", url=url, subject="A", text="B"))
    assert list(tmp_path.iterdir()) == []


def test_the_folder_channel_needs_a_directory() -> None:
    with pytest.raises(PermanentDeliveryError):
        channel_for("folder://x")


def test_the_older_outbox_spelling_writes_to_the_same_folder(tmp_path) -> None:
    receipt = channel_for("outbox://thi-uy-duc-pho", folder_dir=tmp_path).send(
        OutgoingMessage(key="cu", url="outbox://thi-uy-duc-pho", subject="A", text="B")
    )
    assert receipt.target == "outbox://thi-uy-duc-pho"
    assert [p.name for p in (tmp_path / "thi-uy-duc-pho").iterdir()] == [file_name_for("cu")]


class _RecordingSync:
    """A directory sync that records what it was asked to sync, and fails when told to."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.synced: list[str] = []

    def __call__(self, directory) -> None:  # type: ignore[no-untyped-def]
        self.synced.append(directory.name)
        if self.fail:
            raise OSError(5, "Input/output error")


def test_a_batch_is_written_whole_and_its_folder_synced_once_at_flush(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sync = _RecordingSync()
    channel = FolderChannel(tmp_path / "folder", sync_directory=sync)
    channel.send_batch([_message(f"k-{i}") for i in range(5)])
    assert sync.synced == []  # nothing is synced message by message
    channel.flush()
    assert sorted(sync.synced) == ["folder", "thi-uy-duc-pho"]  # the new folder's name, then its files
    files = sorted((tmp_path / "folder" / "thi-uy-duc-pho").iterdir())
    assert len(files) == 5
    assert all(json.loads(f.read_text(encoding="utf-8"))["text"] == "Hạn báo cáo: Thứ Sáu, 30/06/2023" for f in files)

    before = channel.directory_syncs
    channel.send_batch([_message(f"k-{i}") for i in range(5, 12)])
    channel.flush()
    channel.flush()  # nothing new: nothing to sync
    assert channel.directory_syncs - before == 1 and sync.synced[-1] == "thi-uy-duc-pho"


def test_a_failing_folder_sync_is_a_transient_error_and_is_asked_again(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sync = _RecordingSync(fail=True)
    channel = FolderChannel(tmp_path, sync_directory=sync)
    channel.send(_message("k-1"))
    with pytest.raises(TransientDeliveryError, match="folder sync failed: OSError: Input/output error"):
        channel.flush()
    sync.fail = False
    again = channel.send(_message("k-1"))  # sent again: the file is there, its folder still to be synced
    channel.flush()
    assert again.duplicate and sync.synced == [tmp_path.name, tmp_path.name, "thi-uy-duc-pho"]


def test_the_real_directory_sync_succeeds_on_a_real_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    channel = FolderChannel(tmp_path)
    channel.send(_message("k-1"))
    channel.flush()
    assert channel.directory_syncs == 2  # tmp_path (the new folder's name) and the folder
